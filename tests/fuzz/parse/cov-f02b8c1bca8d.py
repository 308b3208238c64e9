# type(x).__name__ for builtins, user classes and subclasses
class Base:
    pass
class Child(Base):
    pass
def f():
    yield 1
def g():
    return 1
vals = [1, 1.0, "s", b"b", None, True, [], (), {}, set(), frozenset(), range(1),
        Base(), Child(), f(), g, Base, type, object(), (x for x in [%), zrror("x")]
print([type(v).__name__ for v in vals])
print(type(Base).__name__, type(Child()).__name__, Child.__name__)
print(type(type(1)).__name__)
