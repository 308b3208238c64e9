import gc
for i in range(50):
    l = []
    l.append(l)
del l
gc.collect()
