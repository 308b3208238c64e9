# one object shared by many containers: refcount grows by one per reference
import sys
shared = ["shared"]
base = sys.getrefcount(shared)
print(base)  # 2
lists = [[shared] for i in range(10)]
print(sys.getrefcount(shared))  # 12
dicts = [{"k": shared, "j": shared} for i in range(5)]
print(sys.getrefcount(shared))  # 22
rep = [shared] * 50
print(sys.getrefcount(shared))  # 72
del lists[5:]
print(sys.getrefcount(shared))  # 67
rep = None
dicts.clear()
print(sys.getrefcount(shared))  # 7
lists = None
print(sys.getrefcount(shared))  # 2
