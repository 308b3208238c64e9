# map and filter: values, laziness, errors, sizes, reference and gc counts.
import gc, sys
a = [1, -2, 3, 0, -5]
b = (10, 20, 30)
def sq(x):
    return x * x
def pos(x):
    return x > 0
print(list(map(sq, a)), list(map(abs, a)))
print(list(map(pow, a, b)), list(map(lambda x, y, z: x + y + z, a, b, "abc" if False else b)))
print(list(filter(None, a)), list(filter(pos, a)), list(filter(bool, [0, "", "x", [], [1]])))
print(list(filter(lambda s: s.isupper(), "aBcDe")))
m = map(sq, a)
f = filter(None, a)
print(type(m).__name__, type(f).__name__, sys.getsizeof(m), sys.getsizeof(f))
print(next(m), next(m), next(f), next(f))
print(iter(m) is m, iter(f) is f)
print(sys.getrefcount(sq), sys.getrefcount(m))
del m
print(sys.getrefcount(sq))
print(gc.is_tracked(f), gc.is_tracked(map(abs, a)))
gc.collect()
c = gc.get_count
x0 = c()[0]; x1 = c()[0]
m = map(sq, a, b)
x2 = c()[0]
print("map create", x2 - x1)
x1 = c()[0]
del m
x2 = c()[0]
print("map del", x2 - x1)
x1 = c()[0]
f = filter(pos, a)
x2 = c()[0]
print("filter create", x2 - x1)
x1 = c()[0]
total = 0
for v in map(sq, a):
    total += v
x2 = c()[0]
print("map loop", x2 - x1, total)
x1 = c()[0]
n = 0
for v in filter(pos, a):
    n += 1
x2 = c()[0]
print("filter loop", x2 - x1, n)
calls = [lambda: map(), lambda: map(sq), lambda: map(sq, 5), lambda: map(sq, a, 7),
         lambda: filter(), lambda: filter(None), lambda: filter(None, 5), lambda: filter(None, a, a)]
for call in calls:
    try:
        call()
    except TypeError as ex:
        print(ex)
try:
    map(sq, a, x=1)
except TypeError as ex:
    print(ex)
try:
    list(map(sq, ["a", 2]))
except TypeError as ex:
    print(ex)
try:
    list(filter(5, a))
except TypeError as ex:
    print(ex)
print(list(map(sq, [])), list(map(pow, a, [])), list(filter(None, [])))
