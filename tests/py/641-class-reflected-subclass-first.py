class Base:
    def __init__(self, v): self.v = v
    def __add__(self, o): return f"Base.add({type(o).__name__})"
    def __radd__(self, o): return f"Base.radd({type(o).__name__})"
    def __lt__(self, o): return "Base.lt"
    def __gt__(self, o): return "Base.gt"
class Derived(Base):
    def __radd__(self, o): return f"Derived.radd({type(o).__name__})"
    def __gt__(self, o): return "Derived.gt"
class Other:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return "Other.radd"
b, d, o = Base(1), Derived(2), Other()
print(b + d, d + b, b + b, d + d, b + o, o + b, o + d, 1 + b, b + 1)
print(b < d, d < b, b > d)
try:
    o + o
except TypeError as e:
    print(e)
class NI:
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
print(NI() == NI(), NI() != 3)
try:
    NI() < NI()
except TypeError as e:
    print(e)
