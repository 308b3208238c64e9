# *args: the tuple initialize_locals packs (the shared empty tuple when no
# extra argument is given), its size, tracking, and who holds its items
import sys, gc
gc.collect()
empty = ()
def f(*args):
    print(len(args), sys.getsizeof(args), gc.is_tracked(args), args is empty)
    return args
t = f()
print(t is empty)
t = f(1, 2, 3)
print(t, sys.getrefcount(t))
def g(a, b=2, *rest):
    return a, b, rest
print(g(1), g(1, 5), g(1, 5, 6, 7))
o = object()
def count(*args):
    return sys.getrefcount(args[0])
print(count(o), count(o, o), sys.getrefcount(o))
c0 = gc.get_count()[0]
t1 = f(4, 5)
c1 = gc.get_count()[0]
del t1
c2 = gc.get_count()[0]
t2 = f(6, 7)
c3 = gc.get_count()[0]
print(c1 - c0, c2 - c1, c3 - c2)
def h(*args):
    args = args + (0,)
    return args
print(h(), h(1))
