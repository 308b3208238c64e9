# gc counts across many class statements and their deaths (the subclass
# registry's entries come and go with the classes).  Nothing is printed
# before the end (the first print makes objects of its own in python3).
import gc
gc.collect()
gc.disable()
counts = []
for i in range(5):
    class A:
        pass
    class B(A):
        pass
    counts.append(gc.get_count()[0])
del A, B
found = gc.collect()
class Base:
    pass
subs = []
for i in range(3):
    class Sub(Base):
        pass
    subs.append(Sub)
del Sub
x = gc.get_count()[0]
subs.clear()
y = gc.collect()
print(counts, found, x, y, gc.get_count())
