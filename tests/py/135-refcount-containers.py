# references held by lists, tuples, dicts and sets
import sys
obj = [42]
print(sys.getrefcount(obj))  # 2
lst = [obj, obj, obj]
print(sys.getrefcount(obj))  # 5
t = (obj,)
print(sys.getrefcount(obj))  # 6
d = {"k": obj, "j": obj}
print(sys.getrefcount(obj))  # 8
key = (1, 2, int("3000"))
s = {key}
d2 = {key: 1}
print(sys.getrefcount(key))  # 4
lst.clear()
print(sys.getrefcount(obj))  # 5
del d
print(sys.getrefcount(obj))  # 3
inner = [[]]
print(sys.getrefcount(inner[0]))  # 2: only the outer list holds it
