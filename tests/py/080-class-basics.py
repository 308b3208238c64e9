# class with __init__, methods and instance attributes
class Counter:
    def __init__(self, start):
        self.value = start
    def inc(self, by=1):
        self.value += by
        return self
    def get(self):
        return self.value
c = Counter(10)
c.inc().inc(5)
print(c.get(), c.value)
d = Counter(0)
print(d.get(), c.get())
print(type(c).__name__, isinstance(c, Counter), isinstance(5, Counter))
m = c.inc
print(m().get(), type(m).__name__)
