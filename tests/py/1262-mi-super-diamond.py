# Cooperative super() in a diamond: every __init__ runs once, in the
# order of type(self)'s mro after the calling class (super() and
# super(C, self) alike), keyword arguments passed along; super() from a
# mixin method reaches the next class of the instance's mro, not its own
# base's.
class Base:
    def __init__(self, **kw):
        print("Base", sorted(kw))
        self.parts = ["Base"]
    def greet(self):
        return "Base"
class Left(Base):
    def __init__(self, left=0, **kw):
        print("Left", left)
        super().__init__(**kw)
        self.parts.append("Left")
    def greet(self):
        return "Left>" + super().greet()
class Right(Base):
    def __init__(self, right=0, **kw):
        print("Right", right)
        super(Right, self).__init__(**kw)
        self.parts.append("Right")
    def greet(self):
        return "Right>" + super().greet()
class Both(Left, Right):
    def __init__(self, **kw):
        print("Both")
        super(Both, self).__init__(**kw)
    def greet(self):
        return "Both>" + super().greet()
b = Both(left=1, right=2, extra=3)
print(b.parts, b.greet())
r = Right(right=5)
print(r.parts, r.greet())
print(super(Left, b).greet(), super(Right, b).greet())
print(repr(super(Left, b))[:32])
class Loud:
    def hello(self):
        return "Loud:" + super().hello()
class Quiet:
    def hello(self):
        return "quiet"
class Mixed(Loud, Quiet): pass
print(Mixed().hello())
try:
    Loud().hello()
except AttributeError as e:
    print(e)
