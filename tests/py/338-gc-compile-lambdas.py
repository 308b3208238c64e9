# Lambdas (one code unit each) at module level, in defaults and nested.
import gc
f = lambda x: x + 1
g = lambda x, y: x * y
h = lambda: None
k = lambda x: (lambda y: x + y)
def use(cb=lambda z: z - 1):
    return cb(1)
keys = sorted([3, 1, 2], key=lambda v: -v)
print(gc.get_count())
for i in range(4000):
    a = [i]
    a.append(a)
print(gc.get_count())
print(gc.collect())
print(gc.get_count())
