# Traceback.format(limit=N) slices self[-N:] or self[:N]: slicing clamps
# an index of any size (PySlice_Unpack → _PyEval_SliceIndex saturates at
# PY_SSIZE_T_MAX / MIN), so an int beyond 64 bits takes every frame (> 0)
# or none (< 0).
import tracemalloc
tracemalloc.start(3)
def inner():
    return [[] for i in range(400)]
def outer():
    return inner()
keep = outer()
tb = tracemalloc.take_snapshot().statistics('traceback')[0].traceback
print(len(tb), [f.lineno for f in tb])
for lim in (2**70, -2**70, 2**64, -2**64, 2**63 - 1, -2**63, 10**30, True, False, 2, -2):
    lines = [s for s in tb.format(limit=lim) if not s.startswith('  File')]
    print(lim > 0, lines)
    print([s for s in tb.format(lim, True) if s.startswith('    ')])
