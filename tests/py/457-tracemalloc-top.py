# "Where is my memory?" — the tracemalloc top-N recipe from the docs, on a toy program.
import tracemalloc

tracemalloc.start()

class Record:
    def __init__(self, i):
        self.id = i
        self.name = "rec" + str(i)
        self.tags = [i % 3, i % 5]

def load(n):
    return [Record(i) for i in range(n)]

def index(records):
    return {r.name: r for r in records}

records = load(300)
by_name = index(records)
words = " ".join(r.name for r in records).split()
snapshot = tracemalloc.take_snapshot()
top = snapshot.statistics("lineno")
print("[ Top 6 ]")
for stat in top[:6]:
    print(stat.traceback[0].lineno, stat.size, stat.count)
current, peak = tracemalloc.get_traced_memory()
print(f"current={current}")
del words
del by_name
snap2 = tracemalloc.take_snapshot()
for stat in snap2.compare_to(snapshot, "lineno")[:4]:
    print(stat.traceback[0].lineno, stat.size_diff, stat.count_diff)
tracemalloc.stop()
