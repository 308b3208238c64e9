# A built-in type's __module__ (type_module): the static interned
# 'builtins' for a name without a dot, the part before the dot otherwise
# (sys.stdout's type: '_io', made and interned); a class's is its dict's.
import sys

r = sys.getrefcount
before = r("builtins")
mods = [t.__module__ for t in (reversed, int, str, object, type, enumerate, map, range,
                                 type(None), type(len), type(iter([])), type(sys))]
print(mods)
print(reversed.__module__ is sys.intern("builtins"), r("builtins") - before)
del mods
print(r("builtins") - before)
io = type(sys.stdout).__module__
print(io, io is sys.intern("_io"))


class C:
    pass


print(C.__module__, C().__module__, type(C).__module__)
try:
    reversed.__module__ = "x"
except TypeError as e:
    print(e)
