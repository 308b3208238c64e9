# A try statement in unreachable code: CPython's mark_reachable only
# follows a SETUP_FINALLY it reaches, so the handler is unreachable too,
# and trim_unused_consts drops the constants only that code loaded
# (co_consts gets shorter: a tuple of another size from the free lists).
import gc
print(gc.get_count())
if 0:
    try:
        pass
    except ValueError:
        pass
    x = 3
def f():
    return 1
    try:
        g()
    except KeyError:
        pass
    y = "tail"
print(f(), gc.get_count())
while 0:
    try:
        z = 2.5
    finally:
        pass
print(gc.get_count())
