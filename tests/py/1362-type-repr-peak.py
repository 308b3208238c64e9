# repr() of a class goes through type_repr's PyUnicode_FromFormat, as
# object.__repr__ does: "<class '%U.%U'>" from the class's __module__ and
# qualname, or, for a built-in type, "<class '%s'>" after type_qualname
# made (and dropped) a str of its name; the writer's buffer and the %s
# argument's decoded str are in the peak.  Found by gen.py's newsub
# (print(C.__mro__): a peak 183 bytes under python3's).
import tracemalloc
class A:
    pass
class F(float):
    pass
def m(label, f):
    tracemalloc.reset_peak()
    c = tracemalloc.get_traced_memory()[0]
    r = f()
    print(label, r, tracemalloc.get_traced_memory()[0] - c, tracemalloc.get_traced_memory()[1] - c)
tracemalloc.start()
m('A', lambda: repr(A))
m('F', lambda: repr(F))
m('float', lambda: repr(float))
m('object', lambda: repr(object))
m('mro', lambda: repr(F.__mro__))
A.__qualname__ = 'Q'
m('qualname', lambda: repr(A))
A.__module__ = 'builtins'
m('builtins', lambda: repr(A))
