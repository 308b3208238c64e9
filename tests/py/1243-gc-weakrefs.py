# The collector and weak references (gcmodule.c's handle_weakrefs): weak
# references to cyclic garbage are cleared before any finalizer; a
# reachable weakref's callback runs, one in the garbage itself does not;
# gc.collect() counts a weakref its callback freed.  A weakref is tracked,
# its callback is its one referent, its referent is not.
import _weakref, gc
class C:
    def __del__(self):
        print("__del__", keep() is None)
def cb(wr):
    print("cb", wr() is None)
a = C(); b = C(); a.b = b; b.a = a
keep = _weakref.ref(a, cb)
plain = _weakref.ref(b)
del a, b
print(gc.collect(), keep(), plain())
print(gc.is_tracked(keep), gc.get_referents(keep) == [cb], gc.get_referents(plain))
class D:
    pass
d = D(); d.me = d
d.wr = _weakref.ref(d, cb)
del d
print(gc.collect())
e = D(); e.me = e
box = [_weakref.ref(e, lambda wr: box.clear())]
del e
print(gc.collect(), box)
f = D(); f.me = f
w1 = _weakref.ref(f, lambda wr: print("w1"))
w2 = _weakref.ref(f, lambda wr: print("w2"))
del f
print(gc.collect(), gc.get_count())
g = D(); g.me = g
wg = _weakref.ref(g, cb)
print(gc.get_referrers(g) == [g.__dict__] or len(gc.get_referrers(g)))
del g
gc.collect()
print(gc.get_count())
