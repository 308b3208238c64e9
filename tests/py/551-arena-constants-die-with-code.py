# Constants used once: their references (code object, arena) last as long as
# the run, so values built from them at run time are distinct objects.
import sys
a = 10 ** 5
b = 100000
print(a == b, a is b, sys.getrefcount(a), sys.getrefcount(b))
c = float("2.5")
d = 2.5
print(c is d, sys.getrefcount(c), sys.getrefcount(d))
e = (1, 2) + (3,)
f = (1, 2, 3)
print(e is f, sys.getrefcount(e), sys.getrefcount(f))
items = [1.5, 1.5, "q r", "q r"]
print(items[0] is items[1], items[2] is items[3], sys.getrefcount(items[0]), sys.getrefcount(items[2]))
k = {"key one": 12345}
print(sys.getrefcount(k["key one"]), sys.getrefcount(list(k)[0]))
