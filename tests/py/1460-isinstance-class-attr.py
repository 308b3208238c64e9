# isinstance(o, cls) and a class pattern cls() ask o.__class__ when o's type
# is not cls's subclass (object_isinstance, which match_class reaches through
# PyObject_IsInstance): a __class__ property naming another class answers;
# an AttributeError it raises means no, any other exception propagates; a
# __class__ that is no class, or o's own type, means no.
class Fake:
    __class__ = property(lambda self: int)


class Lies:
    @property
    def __class__(self):
        print("asked for __class__")
        raise AttributeError("no class")


class Breaks:
    @property
    def __class__(self):
        raise ValueError("broken __class__")


class NotAType:
    __class__ = 42


def kind(o):
    match o:
        case int():
            return "int"
        case str():
            return "str"
        case _:
            return "other"


print(isinstance(Fake(), int), isinstance(Fake(), (str, int)), isinstance(Fake(), Fake))
print(kind(Fake()), kind(Lies()), kind(NotAType()))
print(isinstance(Lies(), int), isinstance(NotAType(), int))
try:
    isinstance(Breaks(), int)
except ValueError as e:
    print("isinstance:", e)
try:
    kind(Breaks())
except ValueError as e:
    print("match:", e)
match Fake():
    case int(real=r):
        print("real", r)
