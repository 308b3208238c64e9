# Methods using super() or __class__: the class block gets an implicit
# __class__ cell.
import gc
class Base:
    def hello(self):
        return 'base'
class Child(Base):
    def hello(self):
        return super().hello() + '!'
    def cls(self):
        return __class__
class Grand(Child):
    def hello(self):
        return super().hello() + '?'
gr = Grand()
print(gc.get_count())
for i in range(4000):
    a = [i]
    a.append(a)
print(gc.get_count())
print(gc.collect())
print(gc.get_count())
