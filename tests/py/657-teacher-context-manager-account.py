class Timer:
    log = []
    def __init__(self, name): self.name = name
    def __enter__(self):
        Timer.log.append("enter " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        Timer.log.append(f"exit {self.name} {et.__name__ if et else None} {ev!r} {tb is not None}")
        return et is KeyError
with Timer("a") as t:
    print(t.name)
with Timer("b"):
    {}["missing"]
try:
    with Timer("c"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e, e.__context__)
print("\n".join(Timer.log))
class Suppress:
    def __init__(self, types): self.types = types
    def __enter__(self): pass
    def __exit__(self, et, ev, tb): return et is not None and issubclass(et, self.types)
import sys
class Account:
    count = 0
    def __init__(self, owner, balance=0):
        self.owner, self.balance = owner, balance
        Account.count += 1
    def deposit(self, x):
        if x <= 0: raise ValueError("deposit must be positive")
        self.balance += x
    def withdraw(self, x):
        if x > self.balance: raise RuntimeError(f"insufficient funds: {self.balance} < {x}")
        self.balance -= x
    def __iadd__(self, x): self.deposit(x); return self
    def __isub__(self, x): self.withdraw(x); return self
    def __lt__(self, o): return self.balance < o.balance
    def __repr__(self): return f"Account({self.owner!r}, {self.balance})"
class TransferError(Exception):
    pass
def transfer(a, b, x):
    try:
        a -= x
        b += x
    except RuntimeError as e:
        raise TransferError(f"{a.owner} -> {b.owner}") from e
a, b = Account("ann", 100), Account("bob")
transfer(a, b, 30)
print(a, b, Account.count, sorted([a, b]))
try:
    transfer(a, b, 1000)
except TransferError as e:
    print(type(e).__name__, e, "| cause:", e.__cause__, "| ctx same:", e.__context__ is e.__cause__)
try:
    try:
        a.deposit(-1)
    except ValueError:
        b.withdraw(10 ** 6)
except RuntimeError as e:
    print(repr(e.__context__), e.__suppress_context__)
print(getattr(a, "owner"), setattr(a, "owner", "anna"), a, hasattr(a, "deposit"))
print(delattr(a, "balance"), hasattr(a, "balance"))
try:
    print(a)
except AttributeError as e:
    print("repr failed:", e)
a.balance = 5
transfer(b, a, 999)
