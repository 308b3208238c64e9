# sys.implementation: a types.SimpleNamespace python3 makes at start-up,
# its repr (the dict's order), its attributes (version is sys.version_info
# itself, hexversion an int of its own), ==, its type's repr and names,
# sizes and references.
import sys, gc
i = sys.implementation
print(i)
print(i.name, i.cache_tag, i._multiarch, i.hexversion, i.version)
print(i.version is sys.version_info, i.hexversion is sys.hexversion, i.hexversion == sys.hexversion)
print(type(i), type(i).__name__, type(i).__qualname__, type(i).__module__)
print(i == i, i != i, i == 1, i == type(i)(**{'name': 'cpython'}))
print(sys.getsizeof(i), gc.is_tracked(i), sys.getrefcount(i), sys.getrefcount(type(i)))
print(sys.getrefcount(i.name), sys.getrefcount(i.cache_tag), sys.getrefcount(i.hexversion), sys.getrefcount(sys.version_info))
tag = i.cache_tag
print(f'{i.name}-{sys.version_info.major}{sys.version_info.minor}' == tag, repr(i)[:14])
try:
    i.missing
except AttributeError as e:
    print(e)
try:
    hash(i)
except TypeError as e:
    print(e)
