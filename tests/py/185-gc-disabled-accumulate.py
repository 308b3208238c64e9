# with gc disabled, cycles accumulate; gc.collect() still collects them all
import gc
gc.collect()
gc.disable()
for i in range(1000):
    a = []
    b = [a]
    a.append(b)
del a, b
print(gc.isenabled())  # False
print(gc.collect())  # 2000
gc.enable()
print(gc.collect())  # 0
