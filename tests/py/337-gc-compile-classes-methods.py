# Classes with methods (each a code unit inside a class unit) before
# the first get_count.
import gc
class A:
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
class B(A):
    y = 2.5
    def get(self):
        return super().get() + 1
    def twice(self):
        return self.get() * 2
class C:
    pass
class D:
    '''A documented class.'''
    def m(self):
        return 'm'
b = B(3)
print(gc.get_count())
for i in range(4000):
    a = [i]
    a.append(a)
print(gc.get_count())
print(gc.collect())
print(gc.get_count())
