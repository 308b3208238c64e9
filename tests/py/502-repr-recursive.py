# recursive containers print [...] and {...}
a = [1, 2]
a.append(a)
print(a)
d = {"self": None}
d["self"] = d
print(d)
b = [a, a]
print(b)
c = [1]
e = {"c": c}
c.append(e)
print(c, e)
t = ([],)
t[0].append(t)
print(t)
