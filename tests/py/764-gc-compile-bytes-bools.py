# bytes and bool constants have (type, value) key tuples; True is not 1.
import gc
a = b'abc'
b = b'abc'
c = True
d = False
e = 1
f = True
def check(x):
    return x is True or x == b'xyz'
g = (True, 1, b'q')
print(gc.get_count())
for i in range(4000):
    a = [i]
    a.append(a)
print(gc.get_count())
print(gc.collect())
print(gc.get_count())
