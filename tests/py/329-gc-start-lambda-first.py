# A lambda and a comprehension before the first get_count.
import gc
sq = lambda x: x * x
vals = [sq(i) for i in range(5)]
print(gc.get_count())
for i in range(2000):
    a = [vals]
    a.append(a)
print(gc.get_count())
print(gc.collect())
