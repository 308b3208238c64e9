# At exit, as Py_FinalizeEx tears __main__ down: its dict, the functions
# and everything only they hold are one garbage cycle, the weakrefs with
# their referents, so handle_weakrefs clears them without a callback; the
# objects' __del__ run.
import _weakref
class C:
    def __del__(self):
        print("C.__del__")
o = C()
r = _weakref.ref(o, lambda w: print("callback at exit"))
def f(): pass
rf = _weakref.ref(f, lambda w: print("f callback at exit"))
x = C(); x.me = x
rx = _weakref.ref(x, lambda w: print("cycle callback at exit"))
print("end")
