# __repr__ and __str__: used by print, str, repr, f-strings and container reprs
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(" + repr(self.x) + ", " + repr(self.y) + ")"
class Named:
    def __init__(self, n):
        self.n = n
    def __str__(self):
        return "<" + self.n + ">"
    def __repr__(self):
        return "Named(" + repr(self.n) + ")"
class OnlyRepr:
    def __repr__(self):
        return "R"
p = Point(1, "a")
print(p, str(p), repr(p), [p, p])
n = Named("z")
print(n, str(n), repr(n), [n], f"{n} {n!r}")
print(OnlyRepr(), {1: OnlyRepr()}, (OnlyRepr(),))
