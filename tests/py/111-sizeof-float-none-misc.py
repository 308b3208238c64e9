# sys.getsizeof of float, None, object(), range, complex-free scalars
import sys
print(sys.getsizeof(0.0), sys.getsizeof(1.5), sys.getsizeof(float("inf")), sys.getsizeof(1e300))  # 24 each
print(sys.getsizeof(None))  # 16
print(sys.getsizeof(object()))  # 16
print(sys.getsizeof(range(10)), sys.getsizeof(range(10 ** 30)))  # 48 48
print(sys.getsizeof(True))  # 28
x = 3.25
y = x * 2
print(sys.getsizeof(y), sys.getsizeof(x / 3))
