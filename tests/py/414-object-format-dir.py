# object.__format__ and object.__dir__ called explicitly, and the bound
# __format__ PyObject_Format makes for an instance of a class without one
# (a builtin method object, freed after the call); int/float/str's own
# __format__ called as methods.
import tracemalloc

class A:
    pass

class R:
    def __repr__(self):
        return 'r'

class D:
    def __dir__(self):
        return ['z', 'a', 'm']

a, r = A(), R()
a.x = 1
print(object.__format__(r, ''), r.__format__(''), format(r, ''), f"{r}")
print(object.__format__(a, '') == str(a))
for bad in [(r, 'x'), (r, 5)]:
    try:
        object.__format__(*bad)
    except TypeError as e:
        print(e)
print(sorted(a.__dir__())[:4], 'x' in a.__dir__(), type(object.__dir__(a)).__name__)
print(dir(D()), sorted(D().__dir__()), 'x' in object.__dir__(D()))
print((255).__format__('x'), (2.5).__format__('.3f'), 'ab'.__format__('>4'), True.__format__(''))
try:
    (1).__format__(2)
except TypeError as e:
    print(e)

def peak(fn):
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    fn()
    cur, pk = tracemalloc.get_traced_memory()
    return cur - before, pk - before

tracemalloc.start()
out = [peak(lambda: format(r, '')), peak(lambda: f"{r}"), peak(lambda: f"{r!s:}"),
       peak(lambda: r.__format__('')), peak(lambda: object.__format__(r, ''))]
tracemalloc.stop()
print(out)
