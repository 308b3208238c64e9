# A struct sequence's errors: sys.version_info's type cannot be called
# (no tp_new: "cannot create"), its fields are read-only members, items
# cannot be assigned, an unknown attribute is python3's AttributeError;
# sys.float_info's type can (structseq_new: the sequence's length checked).
import sys
vi = sys.version_info
try:
    type(vi)()
except TypeError as e:
    print("TypeError:", e)
try:
    type(vi)((3, 12, 0, 'final', 0))
except TypeError as e:
    print("TypeError:", e)
try:
    vi.major = 4
except AttributeError as e:
    print("AttributeError:", e)
try:
    del vi.minor
except AttributeError as e:
    print("AttributeError:", e)
try:
    vi[0] = 4
except TypeError as e:
    print("TypeError:", e)
try:
    vi.foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    vi[5]
except IndexError as e:
    print("IndexError:", e)
FI = type(sys.float_info)
try:
    FI()
except TypeError as e:
    print("TypeError:", e)
try:
    FI((1, 2, 3))
except TypeError as e:
    print("TypeError:", e)
try:
    FI(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
f = FI(list(range(11)))
print(f, type(f) is FI, f.radix, f[10], sys.getsizeof(f), sys.getrefcount(f))
g = type(sys.thread_info)(("a", "b", "c"))
print(g, g.lock, g == ("a", "b", "c"))
del f, g
try:
    setattr(vi, "serial", 1)
except AttributeError as e:
    print("AttributeError:", e)
vi.major = 5
