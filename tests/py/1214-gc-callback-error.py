# A gc.callbacks callable that raises is reported as python3's
# PyErr_WriteUnraisable(cb) reports it ("Exception ignored in: <function
# ...>" and its traceback on stderr) and the collection goes on; the next
# callable still runs.  Also the callback an automatic collection calls.
import gc

def bad(phase, info):
    if phase == "stop":
        raise ValueError("stop " + str(info["collected"]))

def good(phase, info):
    print("good", phase)

gc.callbacks.extend([bad, good])
print(gc.collect())
gc.callbacks[:] = [bad]
x = [[] for i in range(710)]
print("after the automatic one")
gc.callbacks.clear()
