# gc.collect(0) and gc.collect(1) as the first statements: what the
# start-up left in the young generations, and where its objects go.
import gc
print(gc.collect(0))
print(gc.get_count())
print(gc.collect(1))
print(gc.get_count())
for i in range(1000):
    a = []
    a.append(a)
print(gc.get_count())
print(gc.collect())
