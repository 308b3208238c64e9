# id(): stable during an object's life; equal ids mean identical objects
a = [1, 2]
b = a
c = list(a)
print(id(a) == id(b), id(a) == id(c), id(a) == id(a))
x = "interned_name"
y = "interned_name"
print(id(x) == id(y))
t = (a, c)
print(id(t[0]) == id(a), id(t[1]) == id(c))
print(type(id(a)).__name__, id(a) > 0)
d = {}
before = id(d)
d["k"] = [0] * 100
print(id(d) == before)
a.append(3)
print(id(a) == id(b), b)
