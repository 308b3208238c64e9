# A while loop making two-list cycles and deleting its names.
import gc
i = 0
while i < 4000:
    x = []
    y = [x]
    x.append(y)
    del x, y
    i += 1
print(gc.get_count())
print(gc.collect())
print(gc.get_count())
