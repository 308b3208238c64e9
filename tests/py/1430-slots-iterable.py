# __slots__ may be any iterable of names (type_new calls PySequence_Tuple
# on it): a generator, a dict's keys, a set of one name; an int is "not
# iterable", raised by the iteration itself.  Found by gen.py's typecall.
class G:
    __slots__ = (n for n in ("a", "b"))
g = G()
g.a = 1
print(type(G.__slots__).__name__, g.a, hasattr(g, "__dict__"))
class D:
    __slots__ = {"x": "doc of x", "y": None}
d = D()
d.y = 2
print(sorted(D.__slots__), d.y, hasattr(d, "__dict__"))
S = type("S", (), {"__slots__": {"only"}})
s = S()
s.only = 3
print(s.only, hasattr(s, "__dict__"))
for bad in (1, None, 2.5):
    try:
        type("X", (), {"__slots__": bad})
    except TypeError as e:
        print("TypeError", e)
try:
    class E:
        __slots__ = iter([1])
except TypeError as e:
    print("TypeError", e)
