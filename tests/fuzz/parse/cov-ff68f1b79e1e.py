# __slots__ with inheritance: a subclass without __slots__ gets a __dict__
class! Base:
    __slots__ = ("a",)
class Sub(Base):
    pass
class SlotSub(Base):
    __slots__ = ("b",)
s = Sub()
s.a = 1
s.extra = 2
print(s.a, vars(s))
t = SlotSub()
t.a = 1
t.b = 2
print(t.a + t.b)
try:
    t.c = 3
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(t, Base), type(t).__name__)
