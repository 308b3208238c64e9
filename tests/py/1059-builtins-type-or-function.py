# Which builtins are types and which are functions, as python3 has them:
# each one's repr, type, name, qualified name and reference count
# (CPython's own objects hold a type's several references, a builtin
# function's one or two), and the names dir() lists on the iterator types
# map and filter.
import sys

r = sys.getrefcount
for f in (print, len, id, repr, isinstance, issubclass, hex, oct, bin, abs, min, max, sum,
          sorted, all, any, divmod, pow, round, chr, ord, vars, iter, next, callable, hash,
          getattr, setattr, hasattr, delattr, format, ascii, globals, locals, dir):
    print(f, type(f).__name__, isinstance(f, type), f.__name__, f.__qualname__, callable(f), r(f))
for t in (range, list, tuple, dict, set, frozenset, str, int, float, bool, bytes, type, object,
          reversed, enumerate, zip, map, filter, super, property, staticmethod, classmethod,
          slice, complex):
    print(t, type(t).__name__, isinstance(t, type), t.__name__, t.__qualname__, callable(t), r(t))
print(dir(map))
print(dir(filter) == dir(map), dir(map(abs, ())) == dir(map))
