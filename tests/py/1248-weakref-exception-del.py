# An exception subclass's instance is freed by subtype_dealloc too: its
# __del__ first (a weak reference still answers it there), then its
# weakrefs cleared and their callbacks called, then BaseException's
# dealloc; under the collector its __del__ runs as any finalizer.
import _weakref, gc
class E(Exception):
    def __del__(self):
        print("E.__del__", self.args, r() is self)
e = E("plain")
r = _weakref.ref(e, lambda w: print("callback", w() is None))
del e
def fail():
    raise E("raised")
try:
    fail()
except E as caught:
    r = _weakref.ref(caught)
    print("caught", caught)
print("after try", r())
c = E("cycle")
c.me = c
r = _weakref.ref(c, lambda w: print("cycle callback"))
del c
print(gc.collect())
class F(E):
    pass
r = _weakref.ref(F("sub"), lambda w: print("F callback"))
print("end")
