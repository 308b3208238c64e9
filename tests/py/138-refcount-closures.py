# closures: a captured object is referenced by the cell, not by each function
import sys
def make(data):
    def get():
        return data
    def size():
        return len(data)
    return get, size
obj = ["captured"]
print(sys.getrefcount(obj))  # 2
g, s = make(obj)
print(sys.getrefcount(obj))  # 3: one cell shared by both closures
g2, s2 = make(obj)
print(sys.getrefcount(obj))  # 4
del g, s
print(sys.getrefcount(obj))  # 3
print(sys.getrefcount(g2))  # 2
print(g2() is obj)
