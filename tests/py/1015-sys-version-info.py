# sys.version_info, a struct sequence (Objects/structseq.c): a tuple of
# type sys.version_info with named fields; compared with tuples, indexed,
# sliced (a plain tuple), unpacked, hashed as its tuple, its repr, size,
# type and references; a tuple made from it is a new tuple; its type's
# __repr__ slot wrapper, which refuses another struct sequence.
import sys
vi = sys.version_info
if vi >= (3, 8):
    print("at least 3.8")
print(vi < (3, 12), vi > (3, 11), vi == (3, 11, 2, 'final', 0), (3, 11) < vi, vi != vi[:])
print(vi[0], vi[-1], vi[:2], vi[1:4:2], type(vi[:]), vi[:] is vi, len(vi))
major, minor, *rest = vi
print(major, minor, rest, vi.major, vi.minor, vi.micro, vi.releaselevel, vi.serial)
print(hash(vi) == hash(tuple(vi)), tuple(vi) is vi, list(vi), 3 in vi, vi.index(11), vi.count(3))
print(vi + (1,), (0,) + vi, vi * 1 is vi, type(vi * 2), vi + () is vi, () + vi is vi)
print(vi)
print(repr(vi), str(vi) == repr(vi), f"{vi}", "%s.%s" % vi[:2])
print(type(vi), type(vi).__name__, type(vi).__qualname__, type(vi).__module__)
print(isinstance(vi, tuple), issubclass(type(vi), tuple), type(vi).__mro__, type(vi).__base__)
print(sys.getsizeof(vi), sys.getrefcount(vi), sys.getrefcount(type(vi)), sys.getrefcount(sys.version_info))
print(type(vi).major, type(vi).major.__name__, vi is sys.version_info)
for x in vi:
    print(x, end=" ")
print()
print(sorted({vi: 1, (3, 11): 2}.values()), max(vi[:3]), sum(vi[:3]))
print(f"Python {vi.major}.{vi.minor}.{vi.micro}")
print(vi.__repr__() == repr(vi), type(vi).__repr__, type(vi).__repr__(sys.float_info)[:15])
