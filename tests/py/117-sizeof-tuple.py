# sys.getsizeof of tuples: 40 + 8 per item (including the 16-byte GC header)
import sys
print(sys.getsizeof(()))  # 40
print(sys.getsizeof((1,)), sys.getsizeof((1, 2)), sys.getsizeof((1, 2, 3)))  # 48 56 64
for n in [0, 1, 5, 10, 20, 100]:
    print(n, sys.getsizeof(tuple(range(n))))
x = 1000
print(sys.getsizeof((x, x)), sys.getsizeof(tuple("hello")), sys.getsizeof(((1, 2), (3, 4))))
print(sys.getsizeof(tuple([0] * 50)))
