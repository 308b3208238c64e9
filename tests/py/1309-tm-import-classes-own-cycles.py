# `import tracemalloc` drops operator.py's pure-Python attrgetter,
# itemgetter and methodcaller (replaced by _operator's): three classes,
# each a cycle of its own (type <-> mro, type -> __dict__ -> descriptors),
# with the tuples of their methods' code objects.  When a young collection
# during the import finds the younger classes unreachable while the older
# ones are in generation 1 already, python3 frees the young ones and
# leaves the others for the program's first full collection (two classes,
# 18 objects, here); the count after the import follows which code tuples
# died with the young ones.
import gc
gc.collect()
for _ in range(6):
    junk = [[] for _ in range(700)]
del junk
keep = [[] for _ in range(486)]
print(gc.get_count())
import tracemalloc
print(gc.get_count())
print(gc.collect())
print(gc.collect())
