# List, set and dict comprehensions and generator expressions: a code
# unit each (3.11 does not inline them).
import gc
sq = [i * i for i in range(5)]
ev = {i for i in range(6) if i % 2 == 0}
dd = {i: str(i) for i in range(4)}
tot = sum(i for i in range(10))
pairs = [(i, j) for i in range(3) for j in range(2)]
nested = [[j for j in range(i)] for i in range(3)]
print(gc.get_count())
for i in range(4000):
    a = [i]
    a.append(a)
print(gc.get_count())
print(gc.collect())
print(gc.get_count())
