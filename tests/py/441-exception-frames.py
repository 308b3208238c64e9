# An exception keeps the frame, and so its locals, alive; `except ... as e` deletes e.
import sys
import gc

class Big:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def fail():
    local = Big("local")
    raise ValueError("boom")

try:
    fail()
except ValueError as e:
    print("caught", e)
    tb = e.__traceback__
    print(tb.tb_next.tb_lineno, type(tb.tb_next.tb_frame).__name__)
print("after except")
del tb
print("after del tb")

saved = None
try:
    fail()
except ValueError as e:
    saved = e
print("saved", saved, type(saved.__traceback__).__name__)
saved = None
print("saved dropped")

try:
    1 / 0
except ZeroDivisionError as err:
    pass
try:
    print(err)
except NameError as n:
    print("NameError:", n)

def catcher():
    try:
        fail()
    except ValueError:
        return "handled"
print(catcher())
print(gc.collect())
