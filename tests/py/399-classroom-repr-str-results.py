# Classroom: print() uses __str__, containers use __repr__; a class with only __repr__ gets str() through
# object.__str__, so a wrong result is reported by the caller that asked: str() says __str__, repr() __repr__.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents / 100:.2f}"

class Broken:
    def __repr__(self):
        return 42

class BrokenStr:
    def __str__(self):
        return ["not", "text"]

p = Point(1, 2)
m = Money(1999)
print(p, str(p), repr(p), [p], f"{p}", f"{p!r}")
print(m, str(m), repr(m), [m], f"{m}", f"{m!r}", "%s %r" % (m, m), "{} {!r}".format(m, m))
tests = [
    ("print", lambda: print(Broken())),
    ("str", lambda: str(Broken())),
    ("repr", lambda: repr(Broken())),
    ("list", lambda: print([Broken()])),
    ("f-string", lambda: f"{Broken()}"),
    ("f-string !r", lambda: f"{Broken()!r}"),
    ("percent s", lambda: "%s" % Broken()),
    ("percent r", lambda: "%r" % Broken()),
    ("format", lambda: "{}".format(Broken())),
    ("str of BrokenStr", lambda: str(BrokenStr())),
    ("print BrokenStr", lambda: print(BrokenStr())),
]
for name, t in tests:
    try:
        t()
    except TypeError as e:
        print(f"{name:18} TypeError: {e}")
print(repr(BrokenStr())[:16])
