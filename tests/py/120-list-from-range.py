# list(range(n)) and list(tuple) preallocate exactly n rounded up to even
import sys
print([sys.getsizeof(list(range(n))) for n in range(12)])
# 56, 72, 72, 88, 88, 104, 104, 120, 120, 136, 136, 152
print([sys.getsizeof(list(tuple(range(n)))) for n in range(6)])
print([sys.getsizeof(list("x" * n)) for n in range(6)])
print(sys.getsizeof(list(range(1000))), sys.getsizeof(list(range(1001))))
