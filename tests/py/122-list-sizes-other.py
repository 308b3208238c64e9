# list sizes from repetition, concatenation, comprehension, extend, slicing, copy
import sys
print(sys.getsizeof([0] * 10), sys.getsizeof([None] * 100))  # 136 856: exact
print(sys.getsizeof([1] + [2]), sys.getsizeof([1, 2] + [3, 4, 5]))
print(sys.getsizeof([i for i in range(10)]), sys.getsizeof([i for i in range(100)]))
l = [1, 2]
l.extend([3, 4, 5])
print(sys.getsizeof(l))
m = []
m.extend(range(10))
print(sys.getsizeof(m))
big = list(range(20))
print(sys.getsizeof(big[:5]), sys.getsizeof(big[::2]), sys.getsizeof(big.copy()))
print(sys.getsizeof(sorted(range(10))), sys.getsizeof(list(reversed(big))))
e = []
e += [1]
print(sys.getsizeof(e))
