# gc.get_referrers walks the generations in order, and python3's
# gc.garbage and gc.callbacks (start-up lists) are found among them: in
# generation 1 before __main__'s dict, then wherever the collections move
# the start-up objects (after the program's young objects once a full
# collection merged them), never once frozen.
import gc

def kinds(objs):
    return ["garbage" if o is gc.garbage else "callbacks" if o is gc.callbacks
            else "globals" if isinstance(o, dict) and "__name__" in o
            else type(o).__name__ for o in objs]

def cb(phase, info):
    pass

gc.callbacks.append(cb)
x = [1]
holder = [x, cb]
gc.garbage.append(x)
print(kinds(gc.get_referrers(x)))
print(kinds(gc.get_referrers(cb)))
print(kinds(gc.get_referrers(x, cb)))
gc.collect(0)
print(kinds(gc.get_referrers(x)))
gc.collect()
later = [x]
print(kinds(gc.get_referrers(x)))
gc.freeze()
print(kinds(gc.get_referrers(x)))
gc.unfreeze()
print(kinds(gc.get_referrers(x, cb)))
gc.callbacks.clear()
gc.garbage.clear()
print(kinds(gc.get_referrers(x)))
