# ImportError's keywords name and path (ImportError_init: "|$OO:ImportError"),
# through the class call (_PyObject_MakeTpCall's keywords dict, made and
# dropped) and through a subclass's super().__init__; msg is args[0] for
# one argument; any other keyword is the parser's TypeError.  name and path
# are writable members (del leaves None).
import sys, tracemalloc
tracemalloc.start()
e = ImportError('boom', name='mod', path='/p')
print(e, repr(e), e.args, e.msg, e.name, e.path, tracemalloc.get_traced_memory())
e2 = ImportError(name='only')
print(repr(e2), e2.msg, e2.name, e2.path, e2.args)
e3 = ImportError('a', 'b', path=None)
print(e3.msg, e3.args, e3.path)
e4 = ModuleNotFoundError('m', name='n')
print(repr(e4), e4.name)
try:
    ImportError('x', foo=1)
except TypeError as t:
    print(t)
try:
    ImportError('x', name='n', bar=2)
except TypeError as t:
    print(t)
class E(ImportError):
    def __init__(self, m):
        super().__init__(m, name='sub')
print(E('z').name, E('z').msg)
print(sys.getrefcount(e.name), tracemalloc.get_traced_memory())
e.name = 'x'
e.path = '/q'
print(e.name, e.path, e.msg)
del e.name
print(e.name, e.path)
