# Reading numbers from text the way students do: int() inside try/except.
# Each bad string raises ValueError; gc.get_count() shows what it made.
import sys, gc

def parse(text):
    try:
        return int(text)
    except ValueError:
        return None

def parse_keep(text):
    try:
        return int(text)
    except ValueError as e:
        return e

gc.collect()
before = gc.get_count()[0]
print(parse("42"), gc.get_count()[0] - before)
before = gc.get_count()[0]
print(parse("4x2"), gc.get_count()[0] - before)
before = gc.get_count()[0]
values = [parse(t) for t in ["12", "x1", "7", "", "3.5", " 8 "]]
print(values, gc.get_count()[0] - before)
before = gc.get_count()[0]
err = parse_keep("twelve")
print(type(err).__name__, err, err.args, gc.get_count()[0] - before)
print(sys.getrefcount(err), gc.is_tracked(err), err.__traceback__.tb_lineno)
del err
before = gc.get_count()[0]
try:
    n = int("0x1A")
except ValueError as e:
    print("ValueError:", e)
print(int("0x1A", 16), int("1A", 16), int("-17"), gc.get_count()[0] - before)
before = gc.get_count()[0]
for bad in [None, [1], "1e3", b"x"]:
    try:
        int(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(gc.get_count()[0] - before)
before = gc.get_count()[0]
try:
    biggest = max([])
except ValueError as e:
    print("ValueError:", e)
print(gc.get_count()[0] - before)
