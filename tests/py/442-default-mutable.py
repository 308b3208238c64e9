# The mutable default argument bug, seen through id() and __defaults__.
import sys

def append_to(item, target=[]):
    target.append(item)
    return target

a = append_to(1)
b = append_to(2)
print(a, b, a is b, append_to.__defaults__[0] is a)
print(sys.getrefcount(a))

def append_fixed(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

c = append_fixed(1)
d = append_fixed(2)
print(c, d, c is d)

def register(name, registry={}):
    registry[name] = len(registry)
    return registry

register("x")
register("y")
r = register("z")
print(r, sys.getsizeof(r), register.__defaults__)

def tally(n, seen=set()):
    seen.add(n)
    return len(seen)
print([tally(i % 3) for i in range(6)])

def make(n, acc=()):
    acc += (n,)
    return acc
print(make(1), make(2), make(3, make(4)))
