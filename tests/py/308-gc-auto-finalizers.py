# Thousands of cycles with finalizers under automatic collection: __del__
# runs once per object (PEP 442), some resurrect their object, and the
# counts and gc.collect() results are python3's (issue 4).
import gc
saved = []
ran = [0]
class Fin:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        ran[0] += 1
        if self.n % 7 == 0:
            saved.append(self)
gc.collect()
for i in range(3000):
    a = Fin(i)
    b = Fin(i + 1)
    a.other = b
    b.other = a
    l = [a, (i, b), {'k': l if i else None}]
del a, b, l
print(gc.get_count(), ran[0], len(saved))
print(gc.collect(), ran[0], len(saved))
saved.clear()
print(gc.collect(), ran[0])
print(gc.get_count(), len(gc.garbage))
ran[0] = 0
for i in range(3000):
    a = Fin(i)
    b = Fin(i + 1)
    a.other = b
    b.other = a
del a, b
print(gc.get_count(), ran[0], len(saved))
print(gc.collect(), ran[0], len(saved))
saved.clear()
print(gc.collect(), ran[0], gc.get_count())
