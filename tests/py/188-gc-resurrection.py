# PEP 442: a __del__ that resurrects its object; the finalizer runs only once
import gc
saved = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalizer for", self.name)
        saved.append(self)
gc.collect()
p = Phoenix("p")
p.me = p
del p
print(gc.collect())  # 0: resurrected, nothing freed
print(len(saved), saved[0].name)
saved.clear()
print(gc.collect())  # 1: freed this time, no second finalizer call
q = Phoenix("q")
del q
print(len(saved))
r = saved.pop()
del r
print("no second call")
