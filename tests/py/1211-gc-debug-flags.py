# gc.get_debug()/gc.set_debug(flags) and the DEBUG_* constants: the flags
# are a C int kept as given (no check of the bits), DEBUG_LEAK is
# COLLECTABLE | UNCOLLECTABLE | SAVEALL; argument errors as python3's.
import gc
print(gc.get_debug(), gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE,
      gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
print(gc.set_debug(gc.DEBUG_SAVEALL), gc.get_debug())
gc.set_debug(1024)
print(gc.get_debug())
gc.set_debug(-1 & 0)
print(gc.get_debug())
gc.set_debug(True)
print(gc.get_debug())
gc.set_debug(0)
for args in [(), (1, 2), ("x",), (1.5,), (2**31,), (-2**31 - 1,)]:
    try:
        gc.set_debug(*args)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    gc.set_debug(flags=1)
except TypeError as e:
    print(e)
try:
    gc.get_debug(1)
except TypeError as e:
    print(e)
print(gc.get_debug())
print([n for n in dir(gc) if n.startswith("DEBUG")])
print(gc.is_tracked(gc.callbacks), type(gc.callbacks), gc.callbacks)
