def gen(n):
    total = 0
    for i in range(n):
        got = yield i * i
        if got:
            total += got
    return total
g = gen(4)
print(next(g), g.send(10), g.send(5), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(list(x for x in range(5) if x % 2), sum(x*x for x in range(10)))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), "ab")))
g2 = gen(3); print(next(g2)); g2.close(); print(list(g2))
import sys
print(sys.getsizeof(gen(2)) > 0, type(gen(1)).__name__)
