# A dict grows in steps; del and pop do not shrink it; clear and copy do.
import sys

d = {}
sizes = [sys.getsizeof(d)]
for i in range(30):
    d[i] = i * i
    s = sys.getsizeof(d)
    if s != sizes[-1]:
        sizes.append(s)
        print("grew at", len(d), "to", s)
print(sizes)
for i in range(25):
    del d[i]
print(len(d), sys.getsizeof(d))
print(d.pop(25), d.pop(99, "missing"), len(d), sys.getsizeof(d))
c = d.copy()
print(sys.getsizeof(c), c)
c2 = dict(d)
print(sys.getsizeof(c2))
for i in range(100, 106):
    d[i] = 0
print(len(d), sys.getsizeof(d))
d.clear()
print(sys.getsizeof(d), d)
s = {}
for w in ["a", "b", "c", "d", "e", "f"]:
    s[w] = len(w)
print(sys.getsizeof(s))
k, v = s.popitem()
print(k, v, sys.getsizeof(s))
s.update({"x": 1, "y": 2, "z": 3})
print(sys.getsizeof(s), list(s))
comp = {i: str(i) for i in range(10)}
print(sys.getsizeof(comp))
fk = dict.fromkeys("abcdefghij", 0)
print(sys.getsizeof(fk))
try:
    del fk["q"]
except KeyError as e:
    print("KeyError", e)
