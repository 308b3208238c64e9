# A growing chain of survivors interleaved with garbage cycles: the
# gen-1 collections move the interpreter's objects to gen 2 with them.
import gc
head = None
for i in range(12000):
    head = [head]
    g = []
    g.append(g)
    if i % 2000 == 0:
        print(i, gc.get_count())
print(gc.get_count())
print(gc.collect())
print(gc.get_count())
