# gc.set_debug and gc.get_debug argument errors.
import gc
for args in [(), ("a",), (1.5,), (2 ** 40,), (1, 2)]:
    try:
        gc.set_debug(*args)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    gc.set_debug(flags=32)
except TypeError as e:
    print(e)
try:
    gc.get_debug(1)
except TypeError as e:
    print(e)
gc.set_debug(64)
print(gc.get_debug())
