# a small bank account class with validation raising ValueError
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds: " + str(self.balance))
        self.balance -= amount
        self.history.append(("withdraw", amount))
acct = Account("ann", 100)
acct.deposit(50)
for amt in [30, 500, -1]:
    try:
        if amt < 0:
            acct.deposit(amt)
        else:
            acct.withdraw(amt)
    except ValueError as e:
        print("error:", e)
print(acct.balance, acct.history)
print(vars(acct))
