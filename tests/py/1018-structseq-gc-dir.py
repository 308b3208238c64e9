# What the collector and dir() see of sys's struct sequences: untracked
# start-up objects (as python3's are), their referents in field order
# (structseq_traverse goes forwards, tuple's backwards), dir() of an
# instance and of sys, and a made instance tracked and collected.
import gc
import sys
for s in (sys.version_info, sys.float_info, sys.int_info, sys.hash_info, sys.thread_info):
    print(type(s).__name__, gc.is_tracked(s), gc.get_referents(s)[:3])
print(gc.get_referents(sys.version_info), gc.get_referents(tuple(sys.version_info)))
d = dir(sys.version_info)
print(len(d), d[-8:], "count" in d, "__match_args__" in d)
print([n for n in dir(sys) if n.endswith("_info") or "version" in n or n == "platform"])
print(dir(sys.thread_info)[-6:])
t = type(sys.int_info)([[], 2, 3, 4])
print(gc.is_tracked(t), t.bits_per_digit, gc.get_referents(t))
t[0].append(t)
del t
print(gc.collect())
