# Pairs of dicts referencing each other, counts read along the way, no
# gc.collect() first.
import gc
seen = []
for i in range(3000):
    a = {}
    b = {}
    a['b'] = b
    b['a'] = a
    if i % 500 == 0:
        seen.append(gc.get_count())
print(seen)
print(gc.get_count())
print(gc.collect())
print(gc.get_count())
