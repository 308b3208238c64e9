# reversed over a class's sequence protocol: len() is asked at the call,
# by every __length_hint__ (list() asks it once more) and by __setstate__;
# items come from __getitem__ last index first; IndexError or StopIteration
# from it ends the iteration, any other error ends it too and propagates;
# __reduce__ and __setstate__ as reversed_reduce and reversed_setstate.
class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("  len ->", self.n)
        return self.n

    def __getitem__(self, i):
        print("  getitem", i)
        if i == 1:
            raise StopIteration
        if i == 7:
            raise ValueError("seven")
        return i * 10


s = Seq(4)
print("call")
r = reversed(s)
print("hint", r.__length_hint__())
print("list", list(r))
print("hint after", r.__length_hint__())
print("reduce after", r.__reduce__())
r.__setstate__(3)
print("setstate after the end: nothing asked")

s = Seq(6)
r = reversed(s)
s.n = 2
print("shrunk hint", r.__length_hint__())
red = r.__reduce__()
print("reduce", red[0], red[1][0] is s, red[2], len(red))
for state in (10, -1, -7, True, 0):
    r.__setstate__(state)
    print("setstate", state, "->", r.__reduce__()[2])
print("next", next(r))
print("index -1, still held", len(r.__reduce__()), r.__length_hint__())
print("past the end", next(r, "end"), r.__reduce__(), r.__length_hint__())

s = Seq(9)
r = reversed(s)
print("first", next(r))
try:
    list(r)
except ValueError as e:
    print("error", e)
print("then", list(r), r.__reduce__())

t = reversed((1, 2, 3))
print(t.__length_hint__(), t.__reduce__(), next(t), t.__reduce__(), t.__length_hint__())
t.__setstate__(2)
print(list(t), list(t), t.__reduce__())
b = reversed(b"xyz")
print(b.__setstate__(99), list(b))
u = reversed("h\xe9\u20ac\U0001f600")
print(u.__length_hint__(), list(u))
