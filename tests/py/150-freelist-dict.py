# the dict free list: a freed dict object is reused by the next {} (LIFO)
d = {"a": 1}
i = id(d)
del d
e = {}
print(id(e) == i)  # True
x = {}
y = {}
ix = id(x)
iy = id(y)
del x
del y
p = {}
q = {"k": 1}
print(id(p) == iy, id(q) == ix)  # True True
ip = id(p)
del p
r = dict()
print(id(r) == ip)  # False: dict() allocates through the type, bypassing the free list
s = {}
print(id(s) == ip)  # True: the free list still held it
