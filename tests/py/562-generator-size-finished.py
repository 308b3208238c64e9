# a generator's sys.getsizeof is fixed by its code (locals + stack), even once it has finished
import sys
def gen(a, b):
    x = a + b
    yield x
    yield [x, x, (x, x)]
g = gen(1, 2)
print(sys.getsizeof(g))  # 224
print(list(g))
print(sys.getsizeof(g))  # 224
h = (i * i for i in range(3))
print(sys.getsizeof(h), sum(h), sys.getsizeof(h))
