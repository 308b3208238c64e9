# Typos as students make them: the report's ". Did you mean: ...?" on every
# exception of the chain (NameError and AttributeError only, exactly those types).
import sys
import gc

class Account:
    rate = 2
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount
        return self.balanse            # an attribute of the instance


def total(items):
    count = 0
    for item in items:
        count += itme                  # a local
    return count


def report():
    acct = Account("ann")
    try:
        acct.deposit(5)
    except AttributeError as e:
        print("caught:", e, "| name:", e.name, "| obj is acct:", e.obj is acct)
        print("refs to acct while e lives:", sys.getrefcount(acct))
    del e
    print("refs to acct after:", sys.getrefcount(acct))
    try:
        total([1, 2])
    except NameError as e:
        print("caught:", e, "| name:", e.name)
    try:
        raise AttributeError("made by hand")
    except AttributeError as e:
        print("by hand:", e.name, e.obj)
    try:
        undefined_local_thing
    except NameError as e:
        print(e.name, type(e.name).__name__)


report()
print(gc.collect())
try:
    lenn([1, 2, 3])                    # a builtin
except NameError:
    try:
        [].apend(1)                    # a list method
    except AttributeError:
        try:
            sys.getsizof(1)            # a module attribute
        except AttributeError:
            try:
                Account.rte            # a class attribute
            except AttributeError:
                "abc".uper()           # a str method
