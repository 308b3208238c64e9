# generators versus lists: a generator's size does not depend on its length
import sys
def gen(n):
    for i in range(n):
        yield i
small = gen(10)
big = gen(1000000)
print(sys.getsizeof(small) == sys.getsizeof(big))
print(sys.getsizeof(small))  # 208 in CPython 3.11.2 (generator with its embedded frame: n, i and the range iterator)
lst = [i for i in range(1000)]
print(sys.getsizeof(lst) > sys.getsizeof(small))
print(sum(big) == sum(range(1000000)))
ge = (i for i in range(10))
print(type(ge).__name__, sys.getsizeof(ge))
