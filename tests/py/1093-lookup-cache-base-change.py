# An attribute found on a class's base, looked up (and so remembered by the
# type attribute cache) through a subclass instance, then assigned, deleted
# and restored on the base: every later lookup through the subclass sees
# the change, as PyType_Modified's invalidation of the subclasses makes it.
# Also a method deleted from the subclass (the base's shows again), a
# property added to the base after an instance attribute of that name was
# set (the data descriptor wins), and __init__ replaced on the base between
# two instantiations.
class A:
    def f(self):
        return "A.f"
    def __init__(self):
        self.tag = "A-init"
class B(A):
    pass
b = B()
print(b.f(), b.f(), B.f(b), b.tag)
A.f = lambda self: "new A.f"
print(b.f(), B().f())
del A.f
try:
    b.f()
except AttributeError as e:
    print("AttributeError:", e)
A.f = lambda self: "restored"
print(b.f())
B.f = lambda self: "B.f"
print(b.f())
del B.f
print(b.f())
b.x = "instance x"
print(b.x)
A.x = property(lambda self: "property x")
print(b.x, b.__dict__["x"])
del A.x
print(b.x)
def other_init(self):
    self.tag = "other-init"
A.__init__ = other_init
print(B().tag, A().tag)
del A.__init__
print(hasattr(B(), "tag"))
for i in range(3):
    A.counter = i
    print(B.counter, B().counter, b.counter)
