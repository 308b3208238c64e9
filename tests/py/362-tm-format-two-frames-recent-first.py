# Traceback.format(most_recent_first=True) over two frames: reversed(self)
# runs Sequence.__reversed__; the first frame quoted reads the script.
import sys
import tracemalloc
tracemalloc.start(2)

def make():
    return [str(i) * 100 for i in range(3)]

data = make()
st = tracemalloc.take_snapshot().statistics("traceback")[0]
before = tracemalloc.get_traced_memory()[0]
tracemalloc.reset_peak()
x = st.traceback.format(most_recent_first=True)
cur, peak = tracemalloc.get_traced_memory()
print(cur - before - sum(map(sys.getsizeof, x)), peak - before - sys.getsizeof(x[0]))
for line in x:
    print(line.split(', ')[-1])
