# Dict resize points and set growth, printed as they happen.
import sys

d = {}
last = sys.getsizeof(d)
print("dict", 0, last)
for i in range(100):
    d[f"k{i}"] = i
    size = sys.getsizeof(d)
    if size != last:
        print("dict", len(d), size)
        last = size
for k in list(d)[:90]:
    del d[k]
print("after deletes", len(d), sys.getsizeof(d))
d["new"] = 1
print("one insert", sys.getsizeof(d))
d2 = dict(d)
print("copy", sys.getsizeof(d2))
s = set()
last = sys.getsizeof(s)
print("set", 0, last)
for i in range(100):
    s.add(i)
    size = sys.getsizeof(s)
    if size != last:
        print("set", len(s), size)
        last = size
ints = {}
last = sys.getsizeof(ints)
for i in range(30):
    ints[i] = None
    if sys.getsizeof(ints) != last:
        last = sys.getsizeof(ints)
        print("int keys", len(ints), last)
print(sys.getsizeof({i: i for i in range(30)}), sys.getsizeof(dict.fromkeys(range(30))))
print(sys.getsizeof(set(range(30))), sys.getsizeof({i for i in range(30)}), sys.getsizeof(frozenset(range(30))))
