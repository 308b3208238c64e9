# The frames a traceback names: <listcomp>, <genexpr>, <lambda>, methods,
# __init__, a class body, nested calls; shown through __del__'s reports.
class Probe:
    def __init__(self, job):
        self.job = job

    def __del__(self):
        self.job()


def listcomp():
    xs = [2, 1, 0]
    return [10 // x for x in xs]


def genexpr():
    xs = [2, 0]
    return sum(10 // x for x in xs)


def with_lambda():
    pick = lambda s: s[3]
    return pick([1])


class Account:
    def __init__(self, balance):
        self.balance = int(balance)

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"only {self.balance} left")
        self.balance -= amount


def init():
    return Account("ten")


def method():
    acct = Account(5)
    acct.withdraw(3)
    acct.withdraw(3)


def class_body():
    class Broken:
        size = 4
        half = size / 0
    return Broken


def sorting():
    return sorted([3, "a", 1], key=lambda v: v + 1)


for job in (listcomp, genexpr, with_lambda, init, method, class_body, sorting):
    p = Probe(job)
    del p
    print("survived", job.__name__)


def outer():
    return middle(1)


def middle(n):
    return inner(n - 1) + 1


def inner(n):
    return [n][n + 1]


print(outer())
