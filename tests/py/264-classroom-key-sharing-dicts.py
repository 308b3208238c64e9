# Classroom: instance __dict__ sizes: key-sharing dicts, an extra attribute, another order, setattr in a loop, clear.
import sys
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
q = P(3, 4)
print(sys.getsizeof(p), sys.getsizeof(p.__dict__), sys.getsizeof(q.__dict__))
q.z = 5
print(sys.getsizeof(q.__dict__))
r = P(5, 6)
r.w = 7
print(sys.getsizeof(r.__dict__))
d = dict(x=1, y=2)
print(sys.getsizeof(d))
class Many:
    def __init__(self):
        for i in range(10):
            setattr(self, "a" + str(i), i)
m = Many()
print(sys.getsizeof(m.__dict__), len(m.__dict__))
m2 = Many()
print(sys.getsizeof(m2.__dict__))
del m.a0
print(sys.getsizeof(m.__dict__), list(m.__dict__)[:3])
class E:
    pass
e = E()
print(sys.getsizeof(e.__dict__))
e.a = 1
print(sys.getsizeof(e.__dict__))
