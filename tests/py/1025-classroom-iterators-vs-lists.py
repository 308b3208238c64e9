# Classroom: enumerate, zip, map and filter are small iterators; lists hold everything.
import sys
import tracemalloc

nums = list(range(1000))
tracemalloc.start()
def cost(label, make):
    before = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    obj = make()
    cur, peak = tracemalloc.get_traced_memory()
    print(f"{label:16} getsizeof={sys.getsizeof(obj):6} kept={cur - before:6} peak={peak - before:6}")
    return obj

e = cost("enumerate", lambda: enumerate(nums))
z = cost("zip", lambda: zip(nums, nums))
m = cost("map", lambda: map(str, nums))
f = cost("filter", lambda: filter(None, nums))
r = cost("reversed", lambda: reversed(nums))
i = cost("iter", lambda: iter(nums))
le = cost("list(enumerate)", lambda: list(enumerate(nums)))
lz = cost("list(zip)", lambda: list(zip(nums, nums)))
lm = cost("list(map)", lambda: list(map(str, nums)))
lf = cost("list(filter)", lambda: list(filter(None, nums)))
print(next(e), next(z), next(m), next(f), next(r), next(i))
print(type(e).__name__, type(z).__name__, type(m).__name__, type(f).__name__)
tracemalloc.stop()
