# gc.disable() at the start: thousands of cycles pile up uncounted by any
# collection; gc.enable() lets the next allocation collect.
import gc
gc.disable()
for i in range(3000):
    a = []
    a.append(a)
print(gc.get_count())
gc.enable()
for i in range(10):
    a = []
    a.append(a)
print(gc.get_count())
for i in range(2000):
    a = []
    a.append(a)
print(gc.get_count())
print(gc.collect())
