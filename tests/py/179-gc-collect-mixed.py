# which objects the collector counts: tracked GC objects only
import gc
n = int("1000")
gc.collect()
l = []
l.append(l)
l.append((n, n))
l.append("string")
l.append(2.5)
del l
print(gc.collect())  # 2: the list and its tuple
l = [[], [], {}]
l.append(l)
del l
print(gc.collect())  # 3: the outer list and the two lists only it references; the {} is untracked
l = [{}, set(), frozenset()]
l.append(l)
del l
print(gc.collect())  # 3: list, set and frozenset
