# gc.get_referents of closures, keyword-only defaults and bound
# methods, by type and in CPython 3.11's func_traverse order; and what the
# collector sees through them: a cycle through a closure's cell and one
# through a function's defaults are found and freed.
import gc


def names(o):
    return [type(x).__name__ for x in gc.get_referents(o)]


def counter():
    n = 0

    def bump(step=1, *, by=2):
        nonlocal n
        n += step * by
        return n
    return bump


def documented(a, b=(1, 2)):
    "A docstring is the function's __doc__ referent."
    return a


class K:
    def meth(self):
        return self


print(names(counter))
print(names(counter()))
print(names(documented))
k = K()
print(names(k.meth))
print(names(K.meth), names(k.meth) == names(K().meth))
bump = counter()
cell = gc.get_referents(bump)[8][0]
print(type(cell).__name__, names(cell), bump(), names(cell))
print(gc.get_referents(documented)[4], gc.get_referents(documented)[5])


def make_cycle():
    def f():
        return f
    return f


gc.collect()
for i in range(50):
    make_cycle()
print(gc.collect())


def loop():
    box = []

    def g(b=box):
        return b
    box.append(g)


for i in range(30):
    loop()
print(gc.collect())
