# super(): the __class__ cell a class statement fills (__classcell__), zero- and
# two-argument forms, the mro walk after the class, object.__init__ as a
# method-wrapper, lambdas inside methods, and the errors python3 gives.
import sys, gc
class A:
    def __init__(self, name):
        self.name = name
    def hello(self):
        return "A.hello " + self.name
class B(A):
    def __init__(self, name, x):
        super().__init__(name)
        self.x = x
    def hello(self):
        s = super()
        print(type(s).__name__, sys.getsizeof(s), gc.is_tracked(s), sys.getrefcount(s))
        return "B+" + super().hello()
b = B("bob", 1)
print(b.hello(), b.name, b.x)
print(sys.getrefcount(B), sys.getrefcount(A), "__classcell__" in B.__dict__)
print(super(B, b).hello())
class C:
    def __init__(self):
        super().__init__()
        print("C init")
C()
print(repr(super(B, b))[:30])
class Base:
    def __init__(self):
        super().__init__()
        self.tag = "base"
    def who(self):
        return "Base"
class Mid(Base):
    def __init__(self, n):
        super().__init__()
        self.n = n
    def who(self):
        return "Mid>" + super().who()
class Leaf(Mid):
    def who(self):
        inner = lambda: super(Leaf, self).who()
        return "Leaf>" + inner()
x = Leaf(3)
print(x.who(), x.tag, x.n)
print(sys.getrefcount(Base), sys.getrefcount(Mid), sys.getrefcount(Leaf))
print(type(Mid.__init__).__name__, Mid.__init__.__closure__ is None if False else "")
try:
    super()
except RuntimeError as e:
    print("RuntimeError", e)
def free():
    return super()
try:
    free()
except RuntimeError as e:
    print("RuntimeError", e)
class Bad:
    def __init__(self, a):
        super().__init__(a)
try:
    Bad(1)
except TypeError as e:
    print("TypeError", e)
class NoInit:
    def go(self):
        return super().__init__(5)
try:
    NoInit().go()
except TypeError as e:
    print("TypeError", e)
try:
    super(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    super(Mid, 5)
except TypeError as e:
    print("TypeError", e)
try:
    super(Leaf, x).nothing
except AttributeError as e:
    print("AttributeError", e)
gc.collect()
before = gc.get_count()
del Leaf
print(gc.collect() > 0)
class Counter:
    total = 0
    def __init__(self):
        super().__init__()
        Counter.total += 1
cs = [Counter() for _ in range(5)]
print(Counter.total, gc.is_tracked(cs[0]))
m = super(Mid, Mid(1)).__init__
print(type(m).__name__, sys.getsizeof(m), gc.is_tracked(m))
print(m())
print(super(Mid, Mid(2)).who())
