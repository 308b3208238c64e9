# Augmented assignment on names, attributes, subscripts and tuples;
# for/while with else, break and continue; del of several targets and
# its errors; a class body's comprehension; generators with send, close,
# yield from and return; gc switches, is_tracked, referents and referrers.
import gc
import sys
x = y = [1]
x += [2]
print(x, y, x is y)
t = (1,)
u = t
t += (2,)
print(t, u)
d = {'a': [1]}
d['a'] += [2]
d['b'] = d.get('b', 0) + 1
print(d)
class A:
    n = 1
a = A()
a.n += 1
print(a.n, A.n)
A.n *= 10
print(a.n, A.n, A().n)
for i in range(3):
    pass
else:
    print('for else', i)
while False:
    pass
else:
    print('while else')
for i in range(3):
    if i == 1:
        break
else:
    print('not printed')
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    if n == 4:
        break
print(n)
lst = [0, 1, 2, 3, 4]
del lst[1], lst[-1]
print(lst)
s = 'abc'
try:
    del s[0]
except TypeError as e:
    print(e)
try:
    del undefined
except NameError as e:
    print(e)
class B:
    items = [i * 2 for i in range(3)]
    total = sum(items)
    def get(self):
        return self.total
print(B.items, B.total, B().get())
def gen(n):
    for i in range(n):
        received = yield i
        if received:
            print('got', received)
g = gen(4)
print(next(g), g.send('hi'), next(g))
g.close()
print(list(gen(0)), sum(gen(5)), max(gen(3)), sorted(gen(3), reverse=True))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def yf():
    yield from range(3)
    r = yield from gen(2)
    return r
print(list(yf()))
ge = (i * i for i in range(4))
print(type(ge).__name__, list(ge), list(ge))
print(gc.isenabled(), gc.get_threshold(), len(gc.garbage))
gc.disable()
print(gc.isenabled())
gc.enable()
class Cyc:
    pass
c = Cyc()
c.me = c
print(gc.is_tracked(c), gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}), gc.is_tracked(()), gc.is_tracked(('a', [])))
print(len(gc.get_referents(c.__dict__)), c in gc.get_referents(c.__dict__), len(gc.get_referrers(c)))
del c
print(gc.collect(), gc.collect())
print(sys.getrefcount(1) > 10, sys.getrefcount([]), sys.getrefcount(object()))
