# tracemalloc lists its traces in its hash table's order (_get_traces walks
# _Py_hashtable's buckets): after the table grew to 512 buckets, then shrank
# back as most traces went, the survivors' order follows their addresses'
# bits 4-12 and the chains' history.
import tracemalloc
fill = [bytes(440)]
while id(fill[-1]) % 16384 != 48:   # from here on, fresh pools of the 480-byte class
    fill.append(bytes(440))
keep = [None] * 200
tracemalloc.start()
for i in range(200):
    keep[i] = bytes(440 + i % 7)
for i in range(200):
    if i % 23:
        keep[i] = None
s = tracemalloc.take_snapshot()
ts = s.traces
order = []
for i in range(len(ts)):
    t = ts[i]
    if t.size > 470:
        order.append(t.size - 473)
print(len(ts), order)
