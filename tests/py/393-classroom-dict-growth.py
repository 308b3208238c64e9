# Classroom: dict growth: getsizeof at each insertion across resizes, after deletions, a dict of 1,000
# keys cleared, set growth.
import sys
d = {}
last = sys.getsizeof(d)
print(0, last)
for i in range(100):
    d[i] = i
    size = sys.getsizeof(d)
    if size != last:
        print(len(d), size)
        last = size
for i in range(90):
    del d[i]
print("after deleting 90:", len(d), sys.getsizeof(d))
d[1000] = 1
print("insert one more:", sys.getsizeof(d))
d2 = dict(d)
print("copy:", sys.getsizeof(d2))
big = {str(i): i for i in range(1000)}
print(len(big), sys.getsizeof(big))
big.clear()
print(len(big), sys.getsizeof(big))
big["a"] = 1
print(sys.getsizeof(big))
e = {}
e.update({"a": 1, "b": 2})
print(sys.getsizeof(e), sys.getsizeof({"a": 1, "b": 2}), sys.getsizeof(dict(a=1, b=2)))
k = dict.fromkeys(range(10))
print(sys.getsizeof(k))
print(sys.getsizeof({i: i for i in range(5)}), sys.getsizeof({i: i for i in range(6)}))
s = set()
last = sys.getsizeof(s)
for i in range(100):
    s.add(i)
    if sys.getsizeof(s) != last:
        last = sys.getsizeof(s)
        print("set", len(s), last)
