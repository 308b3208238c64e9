# A class's __dict__ is a mappingproxy of its namespace (issue 4: it was
# the dict itself): a new proxy per access, GC-tracked, 40 bytes, holding
# only the dict; reads go through to the dict, writes are refused.
import gc, sys
class C:
    x = 1
    y = "two"
class D(C):
    z = 3
d = C.__dict__
print(type(d).__name__, type(d), sys.getsizeof(d))
print(d is C.__dict__, C.__dict__ is C.__dict__, vars(C) is d, type(vars(D)).__name__)
print(gc.is_tracked(d), [type(r).__name__ for r in gc.get_referents(d)])
print(len(d) == len(dict(d)), d["x"], d.get("y"), d.get("w", 0), "x" in d, "z" in d, "z" in D.__dict__)
print(list(d.keys()), list(D.__dict__))
print(sorted(k for k in d if not k.startswith("__")), list(D.__dict__.values())[1:])
print(list(D.__dict__.items())[1:], D.__dict__.copy() == dict(D.__dict__), type(D.__dict__.copy()).__name__)
print(d == dict(d), d != {}, str(D.__dict__)[:30], repr(D.__dict__)[:40])
try:
    d["x"] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    D.__dict__["nope"]
except KeyError as e:
    print("KeyError:", e)
C.w = 4
print(d["w"], len(D.__dict__))
before = gc.get_count()[0]
p = C.__dict__
print(gc.get_count()[0] - before)
del p
print(gc.get_count()[0] - before)
print(sys.getrefcount(C.__dict__["y"]) - sys.getrefcount(C.y))
