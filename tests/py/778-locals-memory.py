# the f_locals dict locals() makes: sizes, tracemalloc and what a
# traceback keeps alive
import gc
import sys
import tracemalloc
def sized(n):
    a0 = 1
    a1 = 2
    a2 = 3
    a3 = 4
    a4 = 5
    a5 = 6
    d = locals()
    return sys.getsizeof(d), len(d)
print(sized(0))
tracemalloc.start()
def traced():
    x = 'a'
    y = 'b'
    before = tracemalloc.get_traced_memory()[0]
    locals()
    after = tracemalloc.get_traced_memory()[0]
    return after - before
print(traced())
tracemalloc.stop()
def untracked():
    n = 1
    s = 'x'
    return gc.is_tracked(locals())
def tracked():
    n = [1]
    return gc.is_tracked(locals())
print(untracked(), tracked())
