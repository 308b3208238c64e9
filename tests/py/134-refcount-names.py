# each extra name binding adds one reference; del removes it
import sys
a = ["payload"]
print(sys.getrefcount(a))  # 2
b = a
print(sys.getrefcount(a))  # 3
c = b
print(sys.getrefcount(a))  # 4
del b
print(sys.getrefcount(a))  # 3
c = None
print(sys.getrefcount(a))  # 2
x = y = z = [0]
print(sys.getrefcount(x))  # 4
