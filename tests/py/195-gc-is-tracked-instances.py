# instances are always tracked; their materialised dict only if it holds a container
import gc
class K:
    pass
k = K()
k.n = 1
print(gc.is_tracked(k))  # True
d = k.__dict__
print(gc.is_tracked(d))  # False: only an int inside
k.l = []
print(gc.is_tracked(d))  # True
j = K()
j.l = [1]
print(gc.is_tracked(j.__dict__))  # True
gc.collect()
del j.l
print(gc.is_tracked(j.__dict__))  # True until the next full collection
gc.collect()
print(gc.is_tracked(j.__dict__))  # False
