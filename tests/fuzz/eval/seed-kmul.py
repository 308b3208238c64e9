# Karatsuba products (heap/bigint.c kmul_*): 70-4000 digits, squares, 10**2000's zero low half, negatives.
a = 7**200
b = 3**150 + 1
c = a * b
print(c % 1000003, len(str(c)))
d = a * a
print(d % 999983)
e = 10**2000
f = e * e
print(f % 997, f.bit_length())
g = (10**1000 + 1) * (10**900 - 1)
print(g % 12345)
h = -(2**3000 - 1) * (2**2999 + 12345)
print(h % 1000, h.bit_length())
x = 10**80
for i in range(5):
    x = x * x + i
print(x % 1000007)
y = (1 << 4000) * (1 << 4000)
print(y.bit_length())
z = 0
print(z * e, e * 0, e * 1 == e, e * -1 == -e)
