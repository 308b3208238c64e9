# A KeyError caught one frame up keeps the callee's frame object alive
# through its traceback, and that frame object's f_back makes the caller's:
# python3 (3.11.1 on) unlinks the dying frame before clearing it, so that
# allocation is charged to the caller's line, not to the line that raised.
import tracemalloc

stock = {"apple": 3}

def take(name):
    count = stock[name]
    return count

tracemalloc.start()
before = tracemalloc.take_snapshot()
try:
    take("kiwi")
except KeyError as e:
    print("missing", e, type(e.__traceback__.tb_next.tb_frame).__name__)
after = tracemalloc.take_snapshot()
for stat in after.compare_to(before, "lineno"):
    frame = stat.traceback[0]
    if frame.filename.endswith(".py") and "tracemalloc" not in frame.filename:
        print(frame.lineno, stat.size_diff, stat.count_diff)

def check(qty):
    if qty < 0:
        raise ValueError("negative quantity")
    return qty

def restock(qty):
    try:
        check(qty)
    except ValueError as err:
        return err
    return None

before = tracemalloc.take_snapshot()
kept = restock(-2)
print(repr(kept), kept.__traceback__.tb_lineno, kept.__traceback__.tb_next.tb_lineno)
after = tracemalloc.take_snapshot()
for stat in after.compare_to(before, "lineno"):
    frame = stat.traceback[0]
    if frame.filename.endswith(".py") and "tracemalloc" not in frame.filename:
        print(frame.lineno, stat.size_diff, stat.count_diff)
kept = None
print(tracemalloc.get_traced_memory()[0] > 0)
tracemalloc.stop()
