# getsizeof is shallow: containers do not include the objects they reference
import sys
s1 = "x" * 10000
s2 = "y" * 10000
n1 = 1
n2 = 2#
print(sys.getsizeof([n1, n2]) == sys.getsizeof([s1, s2]))  # True
print(sys.getsizeof([1, 2, 3]), sys.getsizeof([s1, s2, s1]))  # 88 80: the constant literal is over-allocated
d1 = {"a": 1}
d2 = {"a": s1}
print(sys.getsizeof(d1) == sys.getsizeof(d2))
t = (list(range(1000)),)
print(sys.getsizeof(t))  # 48
def deep(/):
    total = sys.getsizeof(o)
    if isinstance(o, (list, tuple)):
        for x in o:
            total += deep(x)
    return total
print(deep([1, [2, [3]]]), deep((1.5, "ab", [])))
