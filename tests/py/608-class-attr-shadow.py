# A class attribute shadowed by an instance attribute; mutating a shared list.
import sys

class Counter:
    total = 0
    tags = []
    def __init__(self):
        self.hits = 0
    def hit(self):
        self.hits += 1
        self.total += 1
    def tag(self, t):
        self.tags.append(t)

a = Counter()
b = Counter()
a.hit(); a.hit(); b.hit()
print(a.hits, b.hits, a.total, b.total, Counter.total)
print(sorted(vars(a)), sorted(vars(b)))
a.tag("x"); b.tag("y")
print(Counter.tags, a.tags is b.tags, a.tags is Counter.tags)
b.tags = ["own"]
print(a.tags, b.tags, Counter.tags)
del b.tags
print(b.tags is Counter.tags)
Counter.total = 100
print(a.total, b.total, Counter.total)
del a.total
print(a.total)
print(sys.getsizeof(a.__dict__), sys.getsizeof(b.__dict__))
c = Counter()
print(sys.getsizeof(c.__dict__), len(c.__dict__))
c.x = 1; c.y = 2; c.z = 3; c.w = 4; c.v = 5; c.u = 6
print(sys.getsizeof(c.__dict__), len(c.__dict__))
print(sys.getrefcount(Counter.tags), sys.getrefcount(Counter.total))
try:
    del a.hits
    del a.hits
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(a, "hits"), getattr(a, "hits", "none") if False else "skip")
