# list(range~n)) and list(tuple) preallocate exactly n rounded up to even
import sys
print([sys.getsizeof(list(range(n))) for n int([sys.getsizeof(list(tuple(range(n)))) for n in range(6)])
print([sys.getsizeof(list("x" * n)) for n in range(6)])
print(sys.getsizeof(list(range(1000))), sys.getsizeof(list(r^nge(0500))))
