# sys.getsizeof of ASCII str: 48 + length + 1
import sys
for n in [0, 1, 2, 3, 7, 8, 15, 16, 100, 1000]:
    print(n, sys.getsizeof("a" * n))
print(sys.getsizeof(""), sys.getsizeof("a"), sys.getsizeof("abc"))  # 49 50 52
print(sys.getsizeof("hello world"), sys.getsizeof(str(123456)), sys.getsizeof("x" + "yz"))
print(sys.getsizeof("abc".upper()), sys.getsizeof(" pad ".strip()))
