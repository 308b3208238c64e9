# tracemalloc lists its traces in its hash table's order (_get_traces walks
# _Py_hashtable's buckets, each chain from its head): 512-byte blocks all
# hash to a few buckets, so their order is the chains' (newest first,
# reversed by each rehash, then by the copy _get_traces makes first).
import tracemalloc
fill = [bytes(470)]
while id(fill[-1]) % 16384 != 48:   # from here on, fresh pools of the 512-byte class
    fill.append(bytes(470))
keep = [None] * 40
tracemalloc.start()
for i in range(40):
    keep[i] = bytes(470 + i % 10)
del keep[5:15]
s = tracemalloc.take_snapshot()
ts = s.traces
sizes = []
for i in range(len(ts)):
    t = ts[i]
    if t.size > 500:
        sizes.append(t.size - 500)
print(len(ts), sizes)
