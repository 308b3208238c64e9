# A bank account class with exceptions, class counters, __repr__/__eq__ and a with block.
import sys

class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")
        self.needed = needed

class Account:
    count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        Account.count += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount - self.balance)
        self.balance -= amount
        self.history.append(("wd", amount))
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
    def __eq__(self, other):
        return isinstance(other, Account) and self.owner == other.owner

class Transaction:
    def __init__(self, acct):
        self.acct = acct
    def __enter__(self):
        self.saved = self.acct.balance
        return self.acct
    def __exit__(self, kind, value, tb):
        if kind is not None:
            print("rollback:", value)
            self.acct.balance = self.saved
            return True
        print("commit")
        return False

a = Account("ann", 100)
b = Account("bob")
print(a, b, Account.count, a == Account("ann"), a == b)
a.deposit(50)
try:
    a.withdraw(500)
except InsufficientFunds as e:
    print("error:", e, e.needed, e.args)
try:
    b.deposit(-1)
except ValueError as e:
    print("error:", e)
with Transaction(a) as acct:
    acct.withdraw(30)
with Transaction(a) as acct:
    acct.withdraw(20)
    acct.withdraw(1000)
print(a, a.history)
print(sys.getsizeof(a.history), len(a.history), Account.count)
a.withdraw(1000)
