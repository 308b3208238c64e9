# gc.collect() while a collection runs (from __del__) returns 0; a cycle
# made inside a function is found once the function has returned, not while
# its frame holds it; automatic collections under gc.disable/enable.
import gc


class R:
    def __del__(self):
        print("inner collect", gc.collect())


def h():
    l = [1]
    l.append(l)
    return gc.collect()


class N:
    pass


gc.collect()
print(h())
print(gc.collect())
r = R()
r.self = r
del r
print(gc.collect())
res = []
for i in range(3000):
    a = N()
    b = N()
    a.o = b
    b.o = a
    if i % 500 == 0:
        res.append(gc.get_count())
print(res)
print(gc.collect())
print(gc.get_count())
gc.disable()
for i in range(2000):
    a = N()
    b = N()
    a.o = b
    b.o = a
print(gc.get_count())
gc.enable()
x = []
print(gc.get_count())
print(gc.collect())
