# With 276 young functions alive, `import tracemalloc`'s own collections
# fall inside the groups of garbage it leaves: the classes already
# promoted stay garbage (each class a cycle of its own) until an older
# collection, and the young ones are found; gc.get_count() after the
# import is python3's (587, 6, 0), not (566, 6, 0).  The short repro of
# gen.py seed 9970150 of instdicts,classes,inherit,tracemalloc (fuzzing).
import gc
gc.collect()
keep = [lambda: 0 for i in range(276)]
import tracemalloc
print(gc.get_count())
