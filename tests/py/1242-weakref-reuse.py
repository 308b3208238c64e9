# The basic ref is shared: ref(o) is ref(o) while one lives (its refcount
# rises), ref(o, None) is the same; a callback makes a new one each time.
# Refs compare equal when their referents do, hash as the referent (kept
# once computed, so a dead ref's hash still works), and compare by identity
# once dead.  A ref that dies before its referent runs no callback.
import _weakref, sys
class C:
    pass
o = C()
r1 = _weakref.ref(o)
print(sys.getrefcount(r1))
r2 = _weakref.ref(o)
print(r1 is r2, sys.getrefcount(r1), _weakref.ref(o, None) is r1)
def cb(wr):
    print("cb called")
c1 = _weakref.ref(o, cb)
c2 = _weakref.ref(o, cb)
print(c1 is c2, c1 == c2, c1 == r1, c1 != r1, sys.getrefcount(cb))
print(hash(r1) == hash(o), hash(c1) == hash(o))
del c2
print(_weakref.getweakrefcount(o), sys.getrefcount(cb))
p = C()
rp = _weakref.ref(p)
print(rp == r1, rp != r1)
h = hash(rp)
del p
print(hash(rp) == h, rp == r1, rp == rp)
del c1
del o
print("done", r1())
try:
    hash(_weakref.ref(C()))
except TypeError as e:
    print(e)
