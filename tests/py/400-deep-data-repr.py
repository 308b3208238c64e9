# 100,000-deep nested data: repr hits the recursion limit (C-level
# recursion counts against it), deallocation goes through the trashcan
import gc
gc.disable()
x = []
for i in range(100000):
    x = [x]
try:
    repr(x)
except RecursionError as e:
    print("RecursionError:", e)
t = ()
for i in range(100000):
    t = (t, i)
d = {}
for i in range(100000):
    d = {"k": d}
try:
    str(d)
except RecursionError as e:
    print("RecursionError:", e)
del x, t, d
print("freed")
