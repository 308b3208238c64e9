# [*a, *b], (*a, x), {*a}, {**d, 'k': 1}: BUILD_LIST of what comes before the
# first star, LIST_EXTEND / LIST_APPEND, LIST_TO_TUPLE for a tuple,
# DICT_UPDATE for ** (sizes follow the growth those operations make)
import sys, gc
gc.collect()
xs = [1, 2]
l = [*xs, *range(3), 5]
print(l, sys.getsizeof(l))
l = [0, *xs]
print(l, sys.getsizeof(l))
l = [*xs]
print(l, sys.getsizeof(l), l is xs)
l = [*range(20), 1]
print(sys.getsizeof(l))
t = (*xs, 1)
print(t, sys.getsizeof(t), gc.is_tracked(t))
t = (*'abc',)
print(t, sys.getsizeof(t))
t = (*[], *())
print(t, t is ())
s = {*xs, 3}
print(s, sys.getsizeof(s))
s = {*range(10)}
print(sys.getsizeof(s))
d = {'z': 0, **{'a': 1}, 'b': 2}
print(d, sys.getsizeof(d))
d = {**{}}
print(d, sys.getsizeof(d))
base = {'a': 1, 'b': 2}
d = {**base}
print(d, sys.getsizeof(d), d is base)
d = {**base, 'a': 3, **{'c': 4}}
print(d, sys.getsizeof(d))
n = [[*row, 0] for row in [[1], [2, 3]]]
print(n)
o = object()
l = [*[o, o]]
print(sys.getrefcount(o))
x = 1
exec_free = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]
print(len(exec_free), sys.getsizeof(exec_free))
big = {'k0': x, 'k1': x, 'k2': x, 'k3': x, 'k4': x, 'k5': x, 'k6': x, 'k7': x, 'k8': x, 'k9': x,
       'k10': x, 'k11': x, 'k12': x, 'k13': x, 'k14': x, 'k15': x, 'k16': x, 'k17': x, 'k18': x, 'k19': x}
print(len(big), sys.getsizeof(big))
