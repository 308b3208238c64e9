# Every result is an object: a teacher traces the ints that len(), index(), count(),
# find(), sys.getsizeof() and enumerate() hand back, line by line (they are made as
# PyLong_FromSsize_t makes them: 28 bytes for one digit, where arithmetic makes 32).
import sys
import tracemalloc

items = list(range(1000))
text = "ab" * 400
pairs = tuple(items)
table = dict.fromkeys(range(300))
tracemalloc.start()
n_items = len(items)
where = items.index(999)
text_at = text.find("ba", 500)
a_count = text.count("a")
pair_at = pairs.index(700)
size = sys.getsizeof(items)
table_len = len(table)
last = [i for i, x in enumerate(items) if i == 900][0]
b_at = text.index("b", 600)
a_last = text.rfind("a")
text_len = len(text)
total = sum(items)
dunder_len = items.__len__()
plus_one = max(items) + 1
code = ord("€")
halves = divmod(7000, 3)
snapshot = tracemalloc.take_snapshot()
tracemalloc.stop()
lines = {}
for stat in snapshot.statistics("lineno"):
    frame = stat.traceback[0]
    if frame.filename.endswith("small-results.py"):
        lines[frame.lineno] = (stat.size, stat.count)
for lineno in sorted(lines):
    print(lineno, lines[lineno])
print(n_items, where, text_at, a_count, pair_at, size, table_len, last, b_at, a_last, text_len)
print(total, dunder_len, plus_one, code, halves)
