# dir()'s memory as python3's: _PyObject_LookupSpecial binds type(o)'s
# __dir__ (a builtin method, or a method object for a class's own) and holds
# it through the call; object.__dir__ and type.__dir__ merge each class's
# namespace through its mappingproxy (PyDict_Update of a non-dict: keys()
# called unbound, its view iterated into a list, a list_iterator over that),
# the values the namespace's; object.__dir__ reads o.__dict__ with
# _PyObject_LookupAttr, so a list or a slotted instance makes no
# AttributeError (whose args tuple would stay on the free list).
import sys
import tracemalloc


class A:
    x = 1

    def f(self):
        pass


class B(A):
    pass


class D:
    def __dir__(self):
        return ['b', 'a']


class S:
    __slots__ = ('a',)


class G:
    def __getattr__(self, name):
        raise AttributeError(name)


def probe(label, o):
    tracemalloc.start()
    names = dir(o)
    print(label, len(names), tracemalloc.get_traced_memory())
    tracemalloc.stop()


b = B()
b.y = 2
for label, o in (('list', []), ('instance', b), ('class', B), ('int', int), ('float', 3.5),
                 ('module', sys), ('stdout', sys.stdout), ('custom', D()), ('function', probe),
                 ('slots', S()), ('getattr', G()), ('exception', ValueError(1))):
    probe(label, o)
tracemalloc.start()
names = dir()
print(names, tracemalloc.get_traced_memory())
