# Classroom: methods of built-in objects are also made at each access.
import sys
import gc

nums = [3, 1, 2]
print(nums.append is nums.append, nums.append == nums.append)
add = nums.append
print(sys.getrefcount(nums))
print(type(add).__name__, sys.getsizeof(add), gc.is_tracked(add))
print(add.__self__ is nums, add.__name__)
add(4)
print(nums)
d = {}
setter = d.setdefault
print(setter("a", []), d)
print(sys.getrefcount(d))
del setter
print(sys.getrefcount(d))
s = "abc"
up = s.upper
print(up(), up.__self__ is s, sys.getrefcount(s) >= 3)
print(gc.get_referents(add)[0] is nums)
lens = [len, len]
print(len is lens[0])
class A:
    def f(self):
        return 1
a = A()
bm = a.f
print(gc.is_tracked(bm), sys.getsizeof(bm))
print(len(gc.get_referents(bm)))
print(bm.__func__.__name__, bm.__func__.__qualname__)
print(repr(A.f)[:19])
print(bm == a.f, bm != a.f, hash(bm) == hash(a.f))
