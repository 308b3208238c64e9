# divmod and three-argument pow with complex and other non-real operands: which slot answers, and its message
try:
    divmod("a", 1)
except TypeError as e:
    print(e)
try:
    divmod(1, [])
except TypeError as e:
    print(e)
print(divmod(True, 2), divmod(7, 2.5))
for a, b, m in [(2.0, 2, 3), (2, 2.0, 3), (2, 1j, 3), (2.0, 1j, 3), (2, 2, 1j), (2, 2.0, 1j), (1j, 2.0, 3)]:
    try:
        pow(a, b, m)
    except Exception as e:
        print(type(e).__name__, e)
