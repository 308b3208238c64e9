# A script without a final newline: linecache adds one to its last line.
import sys
import tracemalloc
tracemalloc.start()
data = [str(i) * 100 for i in range(3)]
st = tracemalloc.take_snapshot().statistics("lineno")[0]
before = tracemalloc.get_traced_memory()[0]
tracemalloc.reset_peak()
x = st.traceback.format()
cur, peak = tracemalloc.get_traced_memory()
print(cur - before - sum(map(sys.getsizeof, x)), peak - before - sys.getsizeof(x[0]), [line.split(', ')[-1] for line in x])