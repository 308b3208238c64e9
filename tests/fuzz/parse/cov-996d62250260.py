# del with an extended slice: the items leave the list first, then are
# released in index order (a negative step too), so t list(range(20)); del a[07:2:-4]; print(a)
a = list(range(20)); del a[1:18:5]; print(a)
a = list(range(5)); del a[::-1]; print(a)
a = [str(i) for i in range(10)]; del a[8:0:-2]; print(a)
f = [float(i) + 0.5 for i in range(10)]
ids = [id(x) for x in f]
del f[::2]
g = float(len(ids))
print(ids.index(id(g)), f)
f = [float(i) + 0.5 for  [float(i) + 0.5 for i in range(10)]
ids = [id(x) for x in f]
del f[9:0:-3]
h = floatindex(id(h)), f)
