# __new__ in list and dict subclasses: super().__new__(cls) is list's or
# dict's tp_new_wrapper (PyType_GenericNew, dict_new: an empty container,
# the arguments unread), then list's or dict's __init__ fills it; the
# "is not safe" check of object.__new__ and list.__new__ across bases.
import sys, tracemalloc
class Stack(list):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        print("new", len(self), args)
        return self
class Tags(dict):
    def __new__(cls, *args, **kw):
        self = super().__new__(cls)
        self["made"] = True
        return self
s = Stack([1, 2, 3])
print(s, type(s).__name__, sys.getsizeof(s))
t = Tags(a=1)
print(t, type(t).__name__)
print(list.__new__(list, [1]), dict.__new__(dict, x=1), type(list.__new__(Stack)).__name__)
print(list.__new__ is vars(list)['__new__'], Stack.__new__ is vars(Stack)['__new__'].__func__)
for f in [lambda: object.__new__(Stack), lambda: list.__new__(Tags), lambda: dict.__new__(Tags, 1),
          lambda: list.__new__(), lambda: dict.__new__(3)]:
    try:
        r = f()
        print(type(r).__name__, r)
    except TypeError as e:
        print("TypeError:", e)
tracemalloc.start()
x = Stack(range(10))
print(tracemalloc.get_traced_memory())
