# With the collector disabled, gc.collect() still runs and the start-up
# objects go where a full collection puts them.
import gc
gc.disable()
print(gc.isenabled())
for i in range(800):
    a = []
    a.append(a)
print(gc.get_count())
print(gc.collect(1))
print(gc.get_count())
print(gc.collect())
print(gc.get_count())
gc.enable()
for i in range(800):
    a = []
    a.append(a)
print(gc.get_count())
