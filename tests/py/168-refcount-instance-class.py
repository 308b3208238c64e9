# each instance of a user class holds a reference to its class
import sys
class Fresh:
    pass
base = sys.getrefcount(Fresh)
objs = [Fresh() for i in range(10)]
print(sys.getrefcount(Fresh) - base)  # 10
del objs[:5]
print(sys.getrefcount(Fresh) - base)  # 5
objs = None
print(sys.getrefcount(Fresh) - base)  # 0
