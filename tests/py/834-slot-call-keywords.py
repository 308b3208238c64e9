# The keywords array of slot_tp_init / slot_tp_call: C(x=1) and d(a=1) for
# an instance with __call__ call the class's function with self first, and
# with keywords _PyStack_UnpackDict copies self, the arguments and the
# keyword values into a PyMem array (8 bytes each, plus one), which
# tracemalloc's peak sees.
import tracemalloc

class C:
    def __init__(self, x=0, y=0):
        self.x = x

class D:
    def __call__(self, a=0, b=0, c=0):
        return a

class E:
    def __init__(self, *args, **kw):
        self.n = len(kw)


def peak(label, fn):
    fn()
    tracemalloc.reset_peak()
    a = tracemalloc.get_traced_memory()
    fn()
    b = tracemalloc.get_traced_memory()
    print(label, b[0] - a[0], b[1] - a[0])

tracemalloc.start()
d = D()
peak('C(x=1)', lambda: C(x=1))
peak('C(1, y=2)', lambda: C(1, y=2))
peak('C(1)', lambda: C(1))
peak('d(a=1)', lambda: d(a=1))
peak('d(1, b=2, c=3)', lambda: d(1, b=2, c=3))
peak('d(1)', lambda: d(1))
peak('E(1, p=1, q=2)', lambda: E(1, p=1, q=2))
C(x=1)
tracemalloc.reset_peak()
a = tracemalloc.get_traced_memory()
d(1, b=2, c=3)
b = tracemalloc.get_traced_memory()
print('module level d(1, b=2, c=3)', b[0] - a[0], b[1] - a[0])
tracemalloc.reset_peak()
a = tracemalloc.get_traced_memory()
C(x=1)
b = tracemalloc.get_traced_memory()
print('module level C(x=1)', b[0] - a[0], b[1] - a[0])
