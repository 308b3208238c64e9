# Inside a class every name operand is mangled (compiler_addop_name,
# compiler_nameop: _Py_Mangle): self.__x in class Q is "_Q__x", a global
# __g read from a method is "_Q__g", leading underscores of the class name
# are dropped; dunder names and names in no class stay as written.  The
# names of __slots__ are mangled too (type_new_copy_slots) before sorting.
import sys
import tracemalloc

_Q__g = "mangled global"


class Q:
    def set(self):
        self.__x = 1
        self.__y__ = 2
        return self.__dict__

    def glob(self):
        return __g

    def __hidden(self):
        return "hidden"

    def call(self):
        return self.__hidden()


class _Under:
    def f(self):
        self.__z = 3
        return sorted(vars(self))


class P:
    __slots__ = ('__p', 'q')

    def __init__(self):
        self.__p = 1
        self.q = 2

    def get(self):
        return self.__p


q = Q()
print(q.set(), q.glob(), q.call(), hasattr(Q, '_Q__hidden'), hasattr(Q, '__hidden'))
print(_Under().f())
p = P()
print(p.get(), p._P__p, P.__slots__)
print(sorted(k for k in P.__dict__ if not k.endswith('__')))
try:
    p.__p
except AttributeError as e:
    print(e)
print(sys.getsizeof(p))
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
ps = [P() for i in range(10)]
print(tracemalloc.get_traced_memory()[0] - before)
tracemalloc.stop()
