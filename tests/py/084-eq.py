# __eq__: ==, !=, in, list.index, list.count and remove use it
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq called")
        if isinstance(other, V):
            return self.v == other.v
        return False
a = V(1)
b = V(1)
c = V(2)
print(a == b)
print(a != c)
print(a is b)
print(a == 1)
lst = [c, b]
print(a in lst)
print(lst.index(V(1)))
print(lst.count(V(2)))
class Plain:
    pass
p = Plain()
print(p == Plain(), p == p, p != Plain())
