# Classroom: id() reused after del (pymalloc blocks and the free lists of lists, tuples, floats, dicts).
class Box:
    def __init__(self, v):
        self.v = v
a = Box(1)
ida = id(a)
del a
b = Box(2)
print(id(b) == ida)
x = [1, 2, 3]
idx = id(x)
del x
y = [4, 5]
print(id(y) == idx)
t = (1, 2, 3)
idt = id(tuple(t))
u = tuple([7, 8, 9])
print(id(u) == idt)
f = 1.5 * 2
idf = id(f)
del f
g = 2.5 * 3
print(id(g) == idf)
d = {"a": 1}
idd = id(d)
del d
e = {}
print(id(e) == idd)
print(id(Box(3)) == id(Box(4)))
print(id([]) == id([]))
