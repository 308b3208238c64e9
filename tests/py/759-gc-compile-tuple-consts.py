# Tuple constants (folded displays): a keys tuple and a key pair each,
# nested tuples recursively.  (A frozenset constant is left out: CPython's
# merge makes a second frozenset for co_consts, which is not modelled.)
import gc
t1 = (1, 2, 3)
t2 = (1, 2, 3)
t3 = ('a', 'b')
t4 = ((1, 2), (3, 4), (1, 2))
t5 = (1.5, 2.5, (True, None))
def member(x):
    return x in (1, 2, 3, 4, 5)
def pairs():
    return [(0, 1), (1, 2)]
print(gc.get_count())
for i in range(4000):
    a = [i]
    a.append(a)
print(gc.get_count())
print(gc.collect())
print(gc.get_count())
