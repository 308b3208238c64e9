# dict keys and values are references; overwriting a value releases the old one
import sys
k = "".join(["dyn", "key"])
v1 = [1]
v2 = [2]
d = {k: v1}
print(sys.getrefcount(k), sys.getrefcount(v1))  # 3 3
d[k] = v2
print(sys.getrefcount(k), sys.getrefcount(v1), sys.getrefcount(v2))  # 3 2 3
d2 = d.copy()
print(sys.getrefcount(k), sys.getrefcount(v2))  # 4 4
d.clear()
print(sys.getrefcount(k), sys.getrefcount(v2))  # 3 3
items = list(d2.items())
print(sys.getrefcount(k), sys.getrefcount(v2))  # 4 4
