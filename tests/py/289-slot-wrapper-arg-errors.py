# Slot wrappers' argument errors: wrap_setattr's PyArg_UnpackTuple(args,
# "", 2, 2) (its message opens with the empty name), check_num_args,
# wrapperdescr_raw_call's "wrapper %s()" keyword refusal; all made by
# PyErr_Format's writer.
import tracemalloc

def measure(f):
    peaks = []
    for i in range(3):
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        try:
            f()
        except TypeError as e:
            msg = str(e)
        peaks.append(tracemalloc.get_traced_memory()[1] - before)
    print(repr(msg), peaks)

class C:
    pass

tracemalloc.start()
for o in (object(), C()):
    measure(lambda: o.__setattr__(1))
    measure(lambda: o.__setattr__(1, 2, 3))
    measure(lambda: o.__setattr__(x=1))
    measure(lambda: o.__delattr__())
    measure(lambda: o.__delattr__(1, 2))
    measure(lambda: o.__delattr__(x=1))
    measure(lambda: o.__getattribute__())
    measure(lambda: o.__getattribute__(x=1))
    measure(lambda: object.__setattr__(o, 1))
    measure(lambda: o.__lt__())
    measure(lambda: o.__repr__(1))
measure(lambda: (1).__pow__(1, 2, 3))
measure(lambda: [].__setitem__(1))
measure(lambda: [].__len__(x=1))
