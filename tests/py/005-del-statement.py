# del of names, list items, slices, dict keys and attributes
a = 1
del a
lst = [0, 1, 2, 3, 4, 5, 6]
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class Box:
    pass
b = Box()
b.x = 1
b.y = 2
del b.x
print(vars(b))
x, y = 1, 2
del x, y
try:
    print(x)
except NameError as e:
    print("NameError:", e)
