# The heap a class with several bases takes (its type object, dict, bases
# and mro tuples: the C3 merge's list and PyMem arrays come and go, one
# weak reference shared by every base's subclass registry, each base's
# table grown or made) and gives back when collected; a failed merge
# leaves only garbage behind.
import tracemalloc, gc
class A: pass
class B: pass
class X(A): pass
tracemalloc.start()
def used():
    return tracemalloc.get_traced_memory()[0]
s0 = used()
class C(A, B): pass
s1 = used()
class D(X, B, A): pass
s2 = used()
class F(B, list): pass
s3 = used()
print(s1 - s0, s2 - s1, s3 - s2)
objs = [C(), D(), F()]
del objs, C, D, F
gc.collect()
print(used() - s0)
try:
    class G(A, X): pass
except TypeError as e:
    print(str(e).split("\n")[1])
print(used() - s0)
gc.collect()
print(used() - s0)
