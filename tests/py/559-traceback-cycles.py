# An exception kept in a local after its handler: the finished frame's frame
# object owns its locals, so exc -> traceback -> frame -> locals -> exc is a
# cycle only the collector frees; `except E as e` alone leaves none.
import gc
gc.collect()
gc.disable()
log = []
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        log.append("del " + str(self.n))
def keep():
    d = D(1)
    try:
        raise KeyError("k")
    except KeyError as e:
        err = e
    return 5
def lose():
    d = D(2)
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    return 6
log.append(keep())
log.append(gc.get_count()[0])
log.append(gc.collect())
log.append(lose())
log.append(gc.get_count()[0])
log.append(gc.collect())
def deep(n):
    x = D(n)
    if n == 12:
        raise ValueError(n)
    deep(n + 1)
try:
    deep(10)
except ValueError as e:
    log.append(gc.get_count()[0])
log.append(gc.collect())
print(log)
