# reference cycles keep refcounts above zero after the names are deleted
import sys
a = []
a.append(a)
print(sys.getrefcount(a))  # 3: name, self-reference, argument
b = {}
b["me"] = b
b["again"] = b
print(sys.getrefcount(b))  # 4
class N:
    pass
x = N()
y = N()
x.other = y
y.other = x
print(sys.getrefcount(x), sys.getrefcount(y))  # 3 3
del y
print(sys.getrefcount(x), sys.getrefcount(x.other))  # 3 2
