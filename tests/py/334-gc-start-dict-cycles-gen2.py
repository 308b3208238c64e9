# Self-referencing dicts until several full collections have run; the
# counts after each thousand.
import gc
out = []
for i in range(40000):
    d = {}
    d['d'] = d
    if i % 4000 == 0:
        out.append(gc.get_count())
print(out)
print(gc.collect())
