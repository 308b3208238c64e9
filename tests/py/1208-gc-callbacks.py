# Watching the collector with gc.callbacks: each collection (automatic,
# gc.collect(), the first one at exit) calls every callback with "start"
# and "stop" and a new info dict; one that raises is reported and skipped.
import gc, sys

log = []
def watch(phase, info):
    log.append((phase, info["generation"], info["collected"]))

class Node:
    def __init__(self):
        self.me = self

gc.collect()
gc.callbacks.append(watch)
print(len(gc.callbacks), gc.callbacks[0] is watch, gc.is_tracked(gc.callbacks))
print(gc.get_count())
for i in range(2000):
    Node()
print(gc.get_count())
print(len(log), log[:4])
print(sum(c for p, _, c in log if p == "stop"))
gc.callbacks.remove(watch)
print(gc.collect(), len(log))

def counting(phase, info):
    print(phase, sorted(info), gc.get_count(), sys.getrefcount(info))
gc.callbacks.append(counting)
x = [Node() for i in range(3)]
del x
print(gc.collect(0))
print(gc.get_count())
gc.callbacks.clear()

def bad(phase, info):
    if phase == "stop":
        raise ValueError("callback failed in " + phase)
    print("bad saw", phase)
def good(phase, info):
    print("good saw", phase, info["generation"], info["collected"])
gc.callbacks.extend([bad, good])
print(gc.collect(1))
gc.callbacks.remove(bad)
c = Node()
del c
print("end")
