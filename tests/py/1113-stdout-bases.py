# TextIOWrapper's bases, _io._TextIOBase and _io._IOBase: __base__,
# isinstance and issubclass, their names and references, and dir() of a
# stream, which merges the instance dict's 'mode' with the names of the
# type and of both bases (62 names).
import sys
T = type(sys.stdout)
print(T.__base__, T.__base__.__base__, T.__base__.__base__.__base__)
print(T.__base__.__name__, T.__base__.__module__, T.__base__.__qualname__)
print(isinstance(sys.stderr, T.__base__), issubclass(T, T.__base__.__base__), issubclass(T.__base__, T))
print(sys.getrefcount(T), sys.getrefcount(T.__base__), sys.getrefcount(T.__base__.__base__))
names = dir(sys.stdout)
print(len(names), names)
print(len(dir(T)), len(dir(T.__base__)), len(dir(T.__base__.__base__)))
print('mode' in names, 'mode' in dir(T), '__dict__' in names, 'readlines' in names)
print(sorted(T.__base__.__dict__))
