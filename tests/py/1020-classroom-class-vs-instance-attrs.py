# Classroom: class attributes versus instance attributes.
import sys

class Dog:
    kind = "canine"
    tricks = []
    def __init__(self, name):
        self.name = name

a = Dog("rex")
b = Dog("fido")
print(a.kind, b.kind, a.kind is Dog.kind)
print("a.__dict__:", a.__dict__)
print("size of a.__dict__:", sys.getsizeof(a.__dict__))
a.kind = "wolf"
print("after shadowing:", a.kind, b.kind, Dog.kind)
print("a.__dict__:", a.__dict__)
print("size of a.__dict__:", sys.getsizeof(a.__dict__))
print("size of b.__dict__:", sys.getsizeof(b.__dict__))
del a.kind
print("after del a.kind:", a.kind, "kind" in a.__dict__)
a.tricks.append("roll")
print("b.tricks:", b.tricks, a.tricks is b.tricks)
print("rc of Dog.tricks:", sys.getrefcount(Dog.tricks))
Dog.kind = "dog"
print(a.kind, b.kind)
try:
    del a.kind
except AttributeError as e:
    print("AttributeError:", e)
b.tricks = ["sit"]
print(a.tricks, b.tricks, Dog.tricks)
print("b.__dict__ keys:", list(b.__dict__))
print("sizes:", sys.getsizeof(a), sys.getsizeof(b))
print("vars(a):", vars(a))
c = Dog("max")
c.age = 3
c.color = "brown"
print("c.__dict__:", c.__dict__, sys.getsizeof(c.__dict__))
