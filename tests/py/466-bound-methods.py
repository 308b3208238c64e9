# Bound methods are made on every attribute access: a new object each time, equal
# (same function, same self) but not identical; they keep their instance alive.
import sys
import gc

class Greeter:
    def __init__(self, name):
        self.name = name
    def hello(self):
        return "hello " + self.name
    def __del__(self):
        print("del", self.name)

g = Greeter("ann")
h = Greeter("bob")
m1 = g.hello
m2 = g.hello
print(m1 is m2, m1 == m2, m1 != m2, m1 == h.hello, m1 == Greeter.hello)
print(hash(m1) == hash(m2), len({m1, m2, h.hello}), m1.__self__ is g, m1.__func__ is Greeter.hello)
print(sys.getrefcount(g), sys.getsizeof(m1), gc.is_tracked(m1))
callbacks = [g.hello, h.hello, g.hello]
print(callbacks.count(g.hello), callbacks.index(h.hello), g.hello in callbacks)
print([cb() for cb in callbacks], sys.getrefcount(g))
registry = {g.hello: "first"}
registry[g.hello] = "second"
print(len(registry), list(registry.values()))
lst = [1, 2]
print(lst.append == lst.append, lst.append == [].append, lst.append is lst.append)
del g, m1, m2
print("g deleted, still bound")
callbacks.clear()
registry.clear()
print("callbacks cleared")
h = None
print("end")
