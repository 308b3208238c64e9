# bitwise operators on small, negative and big ints; hex()
print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1, -12 & 255)
print(1 << 70, (1 << 70) >> 65, -1 >> 5, -256 >> 4)
big = (1 << 100) - 1
print(big & 0xFFFF, big ^ (1 << 99), big | 1)
print(hex(255), hex(-255), hex(0), hex(2 ** 64), hex(big))
print(0xff, 0o17, 0b1011, 1_000_000)
x = 0
for i in range(0, 64, 8):
    x |= 0xA5 << i
print(hex(x))
print((-(2 ** 80)) & 0xFFFFFFFF, (-(2 ** 80)) >> 70)
