# recursive containers: [...] and {...} in reprs
a = [1, 2]
a.append(a)
print(a)
print(len(a), a[2] is a, a[2][2][2] is a)
b = []
b.append(b)
print(b)
d = {"k": 1}
d["self"] = d
print(d)
x = [1]
y = [x]
x.append(y)
print(x, y)
e = {}
l = [e]
e["l"] = l
print(e, l)
t = ([],)
t[0].append(t)
print(t)
