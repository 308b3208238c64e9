# Every other builtin type heapviz has gives its __dict__ too: iterators,
# views, descriptors' own types, functions, code, generators, modules,
# exceptions, the stdout stream's class.  Prints each entry's name and
# kind (and the repr of a descriptor of the type's own).
import sys


def gen():
    yield 1


def f():
    pass


for t in (type(len), type(str.join), type(int.real), type(int.__add__), type((1).__add__),
          type(int.__dict__), type(dict.__dict__["fromkeys"]), type(iter([])), type(iter(())),
          type(iter(range(3))), type(iter("")), type(iter("\u20ac")), type(iter(b"")),
          type(iter({})), type({}.keys()), type({}.items()), type(reversed({})), type(reversed([])),
          enumerate, zip, map, filter, property, staticmethod, classmethod, super, type(sys),
          type(gen()), type(f), type(f.__code__), BaseException, ValueError, KeyError,
          StopIteration, SystemExit, OSError, UnicodeDecodeError, SyntaxError, ImportError,
          NameError, AttributeError, type(sys.stdout)):
    items = [k + ":" + type(v).__name__ for k, v in t.__dict__.items()]
    print(t.__name__, len(items), " ".join(items))
print(StopIteration.__dict__["value"], type(f).__dict__["__code__"])
