import sys, gc
gc.disable()
l = []
sizes = []
for i in range(40):
    l.append(i)
    sizes.append(sys.getsizeof(l))
print(sizes)
d = {}
ds = []
for i in range(30):
    d[str(i)] = i
    ds.append(sys.getsizeof(d))
print(ds)
s = set()
ss = []
for i in range(40):
    s.add(i)
    ss.append(sys.getsizeof(s))
print(ss)
print([sys.getsizeof("a" * n) for n in (0, 1, 7, 8, 100)], sys.getsizeof("é"), sys.getsizeof("€"), sys.getsizeof(b"xy"))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof([1, 2, 3]), sys.getsizeof(list(range(3))), sys.getsizeof([i for i in range(3)]))
l2 = [0] * 10; l2.pop(); l2.pop(); l2.pop(); l2.pop(); l2.pop(); l2.pop()
print(sys.getsizeof(l2), sys.getsizeof(1.5), sys.getsizeof(True), sys.getsizeof(None), sys.getsizeof(range(5)))
class A: pass
a = A()
print(sys.getsizeof(a), sys.getsizeof(a.__dict__), sys.getsizeof(A))
a.x = 1; a.y = 2
print(sys.getsizeof(a.__dict__))
for i in range(10):
    setattr(a, "k%d" % i, i) if False else None
print(gc.get_count())
