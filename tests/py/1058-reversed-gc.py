# A reversed object as the collector and the reference counts see it: a
# tracked GC object of 48 bytes holding its sequence until exhausted
# (gc.get_referents, gc.get_referrers, sys.getrefcount), and one in a
# cycle through its own sequence is collected.  Making one adds nothing to
# the type's count; the type itself is static, untracked, and no GC object.
import gc
import sys

print(gc.is_tracked(reversed), gc.get_referents(reversed), reversed in gc.get_referrers(reversed))
t = (1, 2, 3)
r = reversed(t)
print(gc.is_tracked(r), sys.getsizeof(r), sys.getrefcount(t))
print(gc.get_referents(r) == [t], r in gc.get_referrers(t))
print(next(r), next(r), next(r), sys.getrefcount(t))
print(gc.get_referents(r) == [t])
print(next(r, "end"), gc.get_referents(r), sys.getrefcount(t), r in gc.get_referrers(t))

s = "a b c"
before = sys.getrefcount(reversed)
many = [reversed(s) for i in range(5)]
print("five of them:", sys.getrefcount(reversed) - before, sys.getrefcount(s))
del many
print(sys.getrefcount(s))


class Node:
    def __init__(self):
        self.items = [0]

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


gc.collect()
n = Node()
n.it = reversed(n)
print(type(n.it).__name__, gc.get_referents(n.it) == [n])
del n
print("collected:", gc.collect())
d = {"a": 1}
print(type(reversed(d)).__name__, type(reversed(d.items())).__name__)
print(gc.collect(), gc.get_count())
