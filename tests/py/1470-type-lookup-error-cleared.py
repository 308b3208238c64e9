# A class dict key whose __eq__ raises while an attribute is looked up
# along the mro: _PyType_Lookup clears the error (find_name_in_mro's -1,
# PyErr_Clear) and the name is not found there, so the lookup goes on
# (the instance's dict, AttributeError, the next base) and nothing raised
# by __eq__ comes out.  heapviz let the ValueError out of the lookup.
class K:
    def __init__(self, name):
        self.name = name
        self.calls = 0
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        self.calls += 1
        raise ValueError("eq " + self.name)
ky = K("y")
C = type("C", (), {ky: 1, "x": 5})
c = C()
c.y = 7
print(c.x, c.y)
try:
    print(C.y)
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(C, "y", "default"), hasattr(C, "y"))
kz = K("z")
B = type("B", (), {kz: 2})
class D(B):
    z = "own"
class E(B):
    pass
print(D.z, D().z)
try:
    E().z
except AttributeError as e:
    print("AttributeError:", e)
km = K("m")
M = type("M", (), {km: 3})
class N(M):
    pass
class O(N):
    def m(self):
        return "O.m"
class P(N):
    pass
print(O().m(), hasattr(P(), "m"))
print(ky.calls > 0, kz.calls > 0, km.calls > 0)
