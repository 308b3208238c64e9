# __new__ in a class: an implicit staticmethod in the class dict (type_new
# wraps the function: a 48-byte GC object holding it alone), run before
# __init__ with the same arguments (slot_tp_new, _PyObject_Call_Prepend),
# super().__new__(cls) and object.__new__(cls) (tp_new_wrapper bound to
# object), A.__new__ is the function, the instance's memory as a plain one.
import sys, tracemalloc
class A:
    def __new__(cls, *args, **kw):
        print("new", cls.__name__, args, kw)
        self = super().__new__(cls)
        print("made", type(self).__name__)
        return self
    def __init__(self, x, y=0):
        print("init", x, y)
        self.x = x
a = A(1, y=2)
print(a.x, type(vars(A)['__new__']).__name__, A.__new__.__qualname__)
sm = vars(A)['__new__']
print(sys.getsizeof(sm), sys.getrefcount(A.__new__), sys.getrefcount(sm))
print(A.__new__ is sm.__func__, A.__new__ is a.__new__, sm.__dict__)
class B:
    def __new__(cls):
        return object.__new__(cls)
class C:
    pass
print(C.__new__ is object.__new__, vars(object)['__new__'] is object.__new__, '__new__' in vars(C))
print(object.__new__.__name__, object.__new__.__qualname__, object.__new__.__self__)
tracemalloc.start()
b = B()
c = C()
print(type(b).__name__, sys.getsizeof(b), sys.getsizeof(c), tracemalloc.get_traced_memory())
b.z = 5
print(vars(b), tracemalloc.get_traced_memory())
print(type(object.__new__(object)).__name__, type(A.__new__(A)).__name__)
class D(A):
    def __init__(self, *a):
        print("D init", a)
d = D(3, 4)
print(type(d).__name__, isinstance(d, A), '__new__' in vars(D))
