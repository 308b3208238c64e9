# sys.getsizeof of bytes: 33 + length
import sys
for n in [0, 1, 2, 5, 10, 100, 1000]:
    print(n, sys.getsizeof(b"x" * n))
print(sys.getsizeof(b""), sys.getsizeof(b"a"), sys.getsizeof(b"abc"))  # 33 34 36
print(sys.getsizeof(bytes(10)), sys.getsizeof("abc".encode("utf-8")), sys.getsizeof(b"ab" + b"cd"))
