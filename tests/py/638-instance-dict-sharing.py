# Instance dictionaries share keys until an instance goes its own way.
import sys, gc

class User:
    def __init__(self, name, age):
        self.name = name
        self.age = age

a = User("ann", 30)
b = User("bob", 25)
print(sys.getsizeof(a), sys.getsizeof(b))
print(sys.getsizeof(a.__dict__), sys.getsizeof(b.__dict__))
b.email = "bob@example.com"
print(sys.getsizeof(b.__dict__), sorted(b.__dict__))
c = User("cy", 40)
print(sys.getsizeof(c.__dict__))
c.email = "cy@example.com"
c.phone = "555"
print(sys.getsizeof(c.__dict__))
d = User("di", 22)
d.phone = "123"
d.email = "di@example.com"
print(sys.getsizeof(d.__dict__), list(d.__dict__))
del d.age
print(sys.getsizeof(d.__dict__), list(d.__dict__))
e = User("ed", 50)
print(sys.getsizeof(e.__dict__))
e.x1 = 1; e.x2 = 2; e.x3 = 3; e.x4 = 4; e.x5 = 5; e.x6 = 6; e.x7 = 7; e.x8 = 8
print(sys.getsizeof(e.__dict__), len(e.__dict__))
f = User("fi", 1)
print(sys.getsizeof(f.__dict__))
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
ps = [Point(i, i) for i in range(5)]
print([sys.getsizeof(p.__dict__) for p in ps])
ps[2].__dict__["z"] = 9
print(sys.getsizeof(ps[2].__dict__), ps[2].z)
q = Point(0, 0)
print(sys.getsizeof(q.__dict__), gc.is_tracked(q.__dict__))
r = Point(1, [])
print(gc.is_tracked(r.__dict__), gc.is_tracked(r))
r.__dict__.clear()
print(sys.getsizeof(r.__dict__), vars(r))
