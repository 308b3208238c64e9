import gc, tracemalloc
def t(f):
    try:
        f()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
class C: pass
class E:
    def __init__(self, *a, **k): super().__init__(*a, **k)
class G(E): pass
class X(Exception): pass
class Outer:
    class Inner: pass
def cases():
    t(lambda: object().__init__(1))
    t(lambda: object().__init__(x=1))
    t(lambda: object.__init__(object(), 1))
    t(lambda: object().__init__())
    t(lambda: object().__init__(*(), **{}))
    t(lambda: C().__init__(1))
    t(lambda: C().__init__(y=2))
    t(lambda: C.__init__(C(), 1, 2))
    t(lambda: Outer.Inner().__init__(1))
    t(lambda: E(1))
    t(lambda: E(x=1))
    t(lambda: G(1))
    t(lambda: object.__init__(E(), 1))
    t(lambda: (5).__init__(1))
    t(lambda: object.__init__('s', x=1))
    t(lambda: object.__init__((), 1))
    t(lambda: object.__init__(5, 1))
    t(lambda: object.__init__([], 1))
    t(lambda: object.__init__(X(), 1))
    t(lambda: object.__init__(ValueError(), 1))
    t(lambda: object.__init__())
cases()
tracemalloc.start()
for i in range(3):
    gc.collect()
    tracemalloc.reset_peak()
    cases()
    print(tracemalloc.get_traced_memory()[1] > 0)
o = object()
for f in (lambda: o.__init__(1), lambda: C().__init__(1), lambda: (5).__init__(1), lambda: o.__init__(x=1)):
    for i in range(3):
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        try:
            f()
        except TypeError:
            pass
        print(tracemalloc.get_traced_memory()[1] - before, end=" ")
    print()
