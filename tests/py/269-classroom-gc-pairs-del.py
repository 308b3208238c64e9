# Classroom: rounds of paired objects with __del__ left to the automatic collector: live counts and gc.get_count.
import gc
class Obj:
    live = 0
    def __init__(self, i):
        self.i = i
        self.partner = None
        Obj.live += 1
    def __del__(self):
        Obj.live -= 1
log = []
for round_ in range(6):
    objs = [Obj(i) for i in range(150)]
    for a, b in zip(objs[::2], objs[1::2]):
        a.partner = b
        b.partner = a
    del objs, a, b
    log.append((round_, Obj.live, gc.get_count()))
for entry in log:
    print(entry)
print(gc.collect(), Obj.live, gc.get_count())
