# dict cycles under a smaller threshold, then automatic collection switched
# off and on: the garbage left for gc.collect() and the counts (recorded,
# printed at the end)
import gc
record = []
gc.collect()
gc.set_threshold(100, 5, 5)
record.append(gc.get_threshold())
for i in range(2000):
    d = {"i": i}
    d["self"] = d
record.append(gc.get_count())
gc.disable()
for i in range(300):
    d = {"i": i}
    d["self"] = d
record.append((gc.isenabled(), gc.get_count()))
del d
gc.enable()
record.append(gc.collect())
record.append(gc.get_count())
gc.set_threshold(700, 10, 10)
for r in record:
    print(r)
