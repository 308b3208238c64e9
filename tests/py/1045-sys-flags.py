# sys.flags: the struct sequence python3 makes from its options and
# environment (as the harness runs it: PYTHONDONTWRITEBYTECODE=1,
# PYTHONHASHSEED=0), its fields by name and index, a bool among ints,
# tuple behaviour, no instances of its type, __reduce__, references.
import sys, gc
f = sys.flags
print(f)
print(f.dont_write_bytecode, f.hash_randomization, f.int_max_str_digits, f.dev_mode, f.safe_path, f.utf8_mode)
print(type(f), type(f).__name__, type(f.dev_mode), len(f), f[4], f[-1], f[:3], f[13:15])
print(f == tuple(f), hash(f) == hash(tuple(f)), list(f).count(0), f.index(1), 1 in f)
print(sys.getsizeof(f), gc.is_tracked(f), sys.getrefcount(f), sys.getrefcount(type(f)))
print(isinstance(f, tuple), type(f).__base__, type(f).__mro__)
try:
    type(f)()
except TypeError as e:
    print(e)
try:
    type(f)(tuple(f))
except TypeError as e:
    print(e)
try:
    f.debug = 1
except AttributeError as e:
    print(e)
print(f.__reduce__())
debug, inspect, *rest = f
print(debug, inspect, len(rest), rest[-1])
