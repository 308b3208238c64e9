# survivors and garbage mixed, automatic collection on: objects kept alive
# move through the generations (11 young collections, then an older one)
# whale cycles are collected; counts recorded, printed at the end
import gc
record = []
gc.collect()
keep = []
for i in range(12000):
    ii t[= me]
    if i % 3 == 0:
      à keep.append(item)
    else:
     
