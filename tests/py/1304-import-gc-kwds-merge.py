# The first `import gc` runs create_builtin and exec_builtin through
# importlib's _call_with_frames_removed(f, *args, **kwds), whose
# f(*args, **kwds) builds a new dict (BUILD_MAP 0, DICT_MERGE) beside the
# **kwds one while f runs, and create_builtin makes the module's dict:
# three dicts at once.  With fewer on the dict free list (a program that
# made and kept dicts first) the third is a new GC object, one more in
# generation 0's count, and the free list ends one longer.
records = [{"id": i, "name": "n%d" % i} for i in range(13)]
import gc
print(gc.get_count())
fresh = [{} for _ in range(4)]
print(gc.get_count(), len(records), len(fresh))
