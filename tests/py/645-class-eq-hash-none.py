import sys, gc
class Money:
    def __init__(self, cents): self.cents = cents
    def __add__(self, o): return Money(self.cents + o.cents) if isinstance(o, Money) else NotImplemented
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __lt__(self, o): return self.cents < o.cents
    def __eq__(self, o): return isinstance(o, Money) and self.cents == o.cents
    def __repr__(self): return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __round__(self, n=None): return Money(round(self.cents, -2))
wallet = [Money(150), Money(275), Money(5)]
print(sum(wallet), sorted(wallet), max(wallet), min(wallet))
try:
    Money(1) + 1
except TypeError as e:
    print(e)
try:
    1 + Money(1)
except TypeError as e:
    print(e)
try:
    {Money(1)}
except TypeError as e:
    print(e)
print(Money.__hash__, Money(3) == Money(3), Money(3) != Money(4), Money(3) in wallet, Money(5) in wallet)
gc.collect()
a = Money(100)
before = gc.get_count()[0]
for i in range(10):
    b = a + a
after = gc.get_count()[0]
print("gen0 delta", after - before)
print(sys.getrefcount(a))
class E:
    def __eq__(self, o): return True
class EH(E):
    def __hash__(self): return 7
class Sub(E):
    pass
print(E.__hash__, "__hash__" in E.__dict__, "__hash__" in Sub.__dict__, hash(EH()), EH() in {EH()})
for f in (lambda: hash(E()), lambda: hash(Sub()), lambda: {Sub(): 1}):
    try:
        f()
    except TypeError as e:
        print(e)
class HashRet:
    def __hash__(self): return "x"
try:
    hash(HashRet())
except TypeError as e:
    print(e)
print(hash(-1), hash(True), hash(2.0) == hash(2), hash(None) == hash(None))
