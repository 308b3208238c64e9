a = 2 ** 100
b = -(3 ** 50)
print(a // b, a % b, divmod(a, b), divmod(-7, 2), divmod(7, -2), -7 // 2, -7 % 2)
print(pow(3, 200, 1000), pow(2, -1, 7), pow(-2, 3), pow(2, -2), (-8) ** (1/3) if False else 0)
print(a >> 90, a << 5, -a >> 3, (-1) >> 100, 1 << 200 >> 199, a & (a - 1), a | 1, a ^ b)
print(~a, -a, abs(b), hex(b), oct(a), bin(255), int(str(a)) == a, len(str(b)))
print(10 ** 30 // 7, 10 ** 30 % 7, (10 ** 30) * (10 ** 30) == 10 ** 60, max(a, b), min(a, -b))
import sys
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30), sys.getsizeof(2**60), sys.getsizeof(a), sys.getsizeof(b))
print(sys.getsizeof(-1), sys.getsizeof(2**30 - 1), sys.getsizeof(a * a))
