# pow with big exponents and moduli, modular inverses (invmod), keyword arguments, bad moduli.
print(pow(3, 10**5, 10**100 + 7))
print(pow(7**90, 3**40, 2**521 - 1))
print(pow(2, -1, 10**80 + 9) * 2 % (10**80 + 9))
print(pow(10**100 + 3, -1, 2**400 - 1) is not None)
try:
    print(pow(10**100, -1, 10**80))
except ValueError as e:
    print(e)
print(pow(12345678901234567890, 13) % 10**9)
print(pow(-(10**75), 3) % 99991)
print(pow(10**200, 2, 0) if False else 1)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
print(pow(base=2, exp=100, mod=10**90 + 1))
print((10**300) ** 3 % 101)
