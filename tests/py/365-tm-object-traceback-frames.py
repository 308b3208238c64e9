# get_object_traceback under start(5): nested calls, the frames kept, a
# comprehension's frame, and what the Traceback costs on the traced heap
import gc
import tracemalloc


def make_leaf(n):
    return [str(i) * 3 for i in range(n)]


def middle(n):
    return {"leaf": make_leaf(n), "n": n, "pad": list(range(n))}


def outer(n):
    box = middle(n)
    return box


def deeper(k, n):
    if k == 0:
        return outer(n)
    return deeper(k - 1, n)


tracemalloc.start(5)
print("limit", tracemalloc.get_traceback_limit())
data = outer(4)
for key in ("leaf", "pad"):
    tb = tracemalloc.get_object_traceback(data[key])
    print(key, tb is None)
tb = tracemalloc.get_object_traceback(data["leaf"][2])
print(len(tb), tb.total_nframe, [f.lineno for f in tb])
print(tb[0].lineno, tb[-1].lineno, [f.lineno for f in tb[1:3]])
print(tracemalloc.get_traced_memory(), gc.get_count())
kept = tb
del tb
print(tracemalloc.get_traced_memory(), gc.get_count())
far = deeper(6, 3)
tb = tracemalloc.get_object_traceback(far["pad"])
print(len(tb), [f.lineno for f in tb], tb.total_nframe)
print(tracemalloc.get_traced_memory(), gc.get_count())
tb2 = tracemalloc.get_object_traceback(far["pad"])
print(tb == tb2, tb is tb2, hash(tb) == hash(tb2), tb[0] in tb2)
print(tracemalloc.get_traced_memory(), gc.get_count())
del tb, tb2
tracemalloc.stop()
tb = tracemalloc.get_object_traceback(far["pad"])
print(tb and tb[0].lineno)
print(tracemalloc.get_traced_memory())
tracemalloc.start(1)
nums = [float(i) / 7 for i in range(300, 320)]
tb = tracemalloc.get_object_traceback(nums)
print(tb and tb[0].lineno)
tb = tracemalloc.get_object_traceback(nums[5])
print(tb and tb[0].lineno)
late = outer(2)
print(tracemalloc.get_object_traceback(late["pad"])[0].lineno)
print(tracemalloc.get_traced_memory(), gc.get_count())
tracemalloc.clear_traces()
tb = tracemalloc.get_object_traceback(late["pad"])
print(tb and tb[0].lineno)
again = deeper(3, 2)
tb = tracemalloc.get_object_traceback(again["pad"])
print(len(tb), tb[0].lineno, tb.total_nframe)
print(tracemalloc.get_traced_memory(), gc.get_count())
# their texts (the path dropped: str(), repr() and format() name the file)
print(str(kept).rsplit("/", 1)[-1])
print(repr(kept).replace(__file__, "FILE"))
print([line.replace(__file__, "FILE") for line in kept.format(limit=2)])
