class Lazy:
    def __init__(self):
        self._v = None
    @property
    def v(self):
        if self._v is None:
            self._v = [1, 2, 3]
        return self._v
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls):
        return cls.__name__
o = Lazy()
print(o.v, o.s(4), Lazy.c(), o.c(), type(o).__name__, isinstance(o, object))
class Base:
    kind = "base"
    def who(self):
        return "Base.who " + self.kind
    def __str__(self):
        return "Base()"
class Child(Base):
    kind = "child"
    def who(self):
        return "Child+" + super().who()
ch = Child()
print(ch.who(), str(ch), repr(ch)[:14], Child.__mro__, Child.__bases__, issubclass(Child, Base))
print(vars(ch), ch.__dict__, Child.kind, Base.kind, getattr(ch, "zz", "dflt"))
ch.kind = "inst"; print(ch.who(), vars(ch))
try:
    Base.nothere
except AttributeError as e:
    print(e)
try:
    ch.nothere
except AttributeError as e:
    print(e)
