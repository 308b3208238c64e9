# next(), iter(), generator.send() and close(): the values, the StopIteration a
# generator ends with (carrying its return value), defaults, and the errors.
import sys
def gen():
    x = yield 1
    print("got", x)
    yield 2
    return "done"
g = gen()
print(next(g))
print(g.send("hi"))
try:
    next(g)
except StopIteration as e:
    print("stop", repr(e), e.value)
print(next(g, "dflt"))
try:
    next(g)
except StopIteration as e:
    print("again", repr(e))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, None))
try:
    next([1])
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
def counter():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("closed")
c = counter()
print(next(c), next(c))
c.close()
print(next(c, "end"))
c2 = counter()
c2.close()
print(next(c2, "end2"))
s = iter("ab"); print(next(s), type(s).__name__)
d = iter({"a": 1}); print(next(d), type(d).__name__)
r = iter(range(3)); print(next(r), type(r).__name__, sys.getrefcount(r))
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration
        return self.n
i = It()
print(iter(i) is i, next(i), next(i), next(i, "x"))
g3 = (x * 2 for x in range(2))
print(next(g3), next(g3), next(g3, "fin"))
try:
    g3.send(1)
except StopIteration as e:
    print("send after end", repr(e))
g4 = gen()
try:
    g4.send(5)
except TypeError as e:
    print(e)
print(sys.getrefcount(g4))
