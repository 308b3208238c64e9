# Exceptions and tracebacks keeping frames alive.
import sys, gc

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)

def fail():
    local = Tracked("local in fail")
    raise ValueError("boom")

try:
    fail()
except ValueError as e:
    print("caught", e)
print("after except (e is gone)")

saved = None
try:
    fail()
except ValueError as e:
    saved = e
print("saved exception keeps the frame:", saved.__traceback__ is not None)
tb = saved.__traceback__
depth = 0
while tb is not None:
    depth += 1
    tb = tb.tb_next
print("traceback depth", depth)
saved = None
print("after dropping saved")
gc.collect()
print("done")
