# reversed() of a class's instance reads its items through slot_sq_item:
# the __getitem__ found along the mro called as vectorcall_method calls
# it, a tuple, str, bytes or bytearray subclass's through the base's slot
# wrapper (its arguments packed by _PyObject_MakeTpCall and sliced by
# wrapperdescr_call: tuples left in the free lists tracemalloc counts), a
# list subclass's through list's method descriptor, a class's function.
import gc, tracemalloc
class B(bytes): pass
class BA(bytearray): pass
class T(tuple): pass
class L(list): pass
class S(str): pass
class G:
    def __getitem__(self, i):
        if i > 5: raise IndexError
        return i
    def __len__(self): return 3
tracemalloc.start()
for mk in (B, BA, T, bytes, L, lambda x: S(x.decode()), lambda x: G()):
    s = mk(b'ab')
    r = reversed(s)
    gc.collect()
    m = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    x = next(r)
    m1 = tracemalloc.get_traced_memory()
    print(m1[0] - m, m1[1] - m)
    del s, r, x
