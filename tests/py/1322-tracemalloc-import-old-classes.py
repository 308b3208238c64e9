# `import tracemalloc` leaves 128 objects of garbage (pure-Python classes
# its imports replace by their C versions: operator's attrgetter,
# itemgetter and methodcaller, OrderedDict, partial...), and its own
# collections find them.  Each class is a cycle of its own that its methods
# hang from: when a young collection falls while a group of them is made,
# the classes already promoted stay garbage until a collection of their
# generation (32 objects in the generation-1 one here, not 23), and the
# code objects' tuples they hold stay with them.  The free lists and counts
# before the import decide where its collections fall: these free lists
# are those of seed 34005335 of gen.py's walrus,multiinherit,newsub,
# tracemalloc,instdicts,inherit,finalizers mix (120 statements) at its
# import, where a dict display later took a new block (fuzzing).
import sys
import gc
gc.collect()
FL = [9, 267, 29, 15, 14, 10, 8]
T = [tuple([None] * (n + 1)) for n in range(len(FL)) for _ in range(FL[n])]
D = [{} for _ in range(60)]
L = [[] for _ in range(72)]
del T, D, L
for _ in range(9):
    gc.collect(0)
K = [set() for i in range(66)]
found = []
def note(phase, info):
    if phase == "stop":
        found.append((info["generation"], info["collected"]))
gc.callbacks.append(note)
before = gc.get_count()
import tracemalloc
print(before, gc.get_count(), found)
