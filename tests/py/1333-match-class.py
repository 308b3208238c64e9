# Class patterns: keyword sub-patterns, positional ones through
# __match_args__, inherited __match_args__, isinstance with subclasses,
# and the builtins that match themselves for one positional sub-pattern
# (int(x), str(), float(x), bool, tuple, list, dict ...).
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"flat 3d {x} {y}"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "a point"
        case bool(b):
            return f"bool {b}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case list([a, *_]):
            return f"list starting with {a}"
        case tuple(t):
            return f"tuple {t}"
        case dict(d):
            return f"dict {d}"
        case _:
            return "unknown"

for p in [Point(0, 0), Point3(1, 2, 0), Point3(1, 2, 3), Point(0, 5), Point(2, 2),
          Point(1, 2), True, 7, 2.5, "s", [9, 8], (1,), {"k": 1}, None]:
    print(where(p))
