# sys.getrefcount of fresh objects bound to one module-level name: 2 (name + argument)
import sys
a = []
b = {}
c = object()
d = [1, 2, 3]
e = "fresh " + str(12345)
f = int("37037034")
g = float("4.95")
class K:
    pass
h = K()
print(sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(c), sys.getrefcount(d))
print(sys.getrefcount(e), sys.getrefcount(f), sys.getrefcount(g), sys.getrefcount(h))
print(sys.getrefcount([]), sys.getrefcount(object()), sys.getrefcount(K()))  # temporaries: 1
print(sys.getrefcount(f + 1), sys.getrefcount(e * 2))  # 1 1
