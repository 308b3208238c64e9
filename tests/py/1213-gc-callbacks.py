# gc.callbacks: each callable is called with ("start", info) before and
# ("stop", info) after every collection, gc.collect()'s and the automatic
# ones, info a new dict {'generation', 'collected', 'uncollectable'}; while
# they run, the collector is busy (gc.collect() returns 0), and they see
# gc.get_count() as the collection leaves it.
import gc

seen = []
def cb(phase, info):
    seen.append((phase, info["generation"], info["collected"], info["uncollectable"],
                 gc.get_count(), gc.collect()))

class Node:
    pass

def cycle():
    a, b = Node(), Node()
    a.b, b.a = b, a

gc.collect()
gc.callbacks.append(cb)
cycle()
print(gc.collect(1))
for s in seen:
    print(s)
seen.clear()
keep = []
for i in range(705):
    keep.append([])
print(seen)
infos = []
def keep_info(phase, info):
    infos.append(info)
gc.callbacks.append(keep_info)
gc.collect(0)
print(infos, infos[0] is infos[1], len(infos))
gc.callbacks.remove(cb)
# a callback that removes itself: the list's length is read each time
def once(phase, info):
    print("once", phase)
    gc.callbacks.remove(once)
gc.callbacks.insert(0, once)
gc.collect()
print(len(gc.callbacks), len(infos))
gc.callbacks.clear()
