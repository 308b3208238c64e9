# arbitrary-precision ints: + - * // % ** and comparisons on huge values
a = 2 ** 100
b = 3 ** 70
print(a)
print(b)
print(a + b)
print(a - b)
print(a * b)
print(b // a, b % a)
print(-b // a, -b % a)
print(a ** 3)
print(divmod(b, 12345678901234567890))
print(a > b, a == 2 ** 100, a != b)
print(10 ** 40 // 7, 10 ** 40 % 7)
print((-(10 ** 30)) // 7, (-(10 ** 30)) % 7)
print(pow(2, 200, 1000000007), pow(3, 100))
