# a generator in a cycle: finalizing it (closing the generator) clears its frame, which
# frees the whole cycle by reference counting, so gc.collect() reports 0 (PEP 442)
import gc
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
def gen(box):
    yield 1
    yield len(box)
gc.collect()
box = [D("unstarted")]
g = gen(box)
box.append(g)
del g, box
print("collect:")
print(gc.collect())  # 0
box = [D("suspended")]
g = gen(box)
box.append(g)
for v in g:
    break
del g, box
print("collect:")
print(gc.collect())  # 0
