# references from instance attributes and class attributes
import sys
class Box:
    pass
payload = ["data"]
print(sys.getrefcount(payload))  # 2
b1 = Box()
b1.item = payload
print(sys.getrefcount(payload))  # 3
b2 = Box()
b2.item = payload
b2.other = payload
print(sys.getrefcount(payload))  # 5
Box.shared = payload
print(sys.getrefcount(payload))  # 6
del b2
print(sys.getrefcount(payload))  # 4
print(sys.getrefcount(b1))  # 2
b1.me = b1
print(sys.getrefcount(b1))  # 3: self-reference
