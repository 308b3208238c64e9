# Traceback.format's first use reads the script through linecache:
# os.stat, tokenize.open (FileIO, BufferedReader and its buffer, the
# TextIOWrapper), readlines (an 8192-byte read1 at EOF).  All of it is
# freed before format returns; the peak keeps its trace.
import sys
import tracemalloc
tracemalloc.start()
data = [str(i) * 100 for i in range(3)]
st = tracemalloc.take_snapshot().statistics("lineno")[0]
before = tracemalloc.get_traced_memory()[0]
tracemalloc.reset_peak()
x = st.traceback.format()
cur, peak = tracemalloc.get_traced_memory()
print(cur - before - sum(map(sys.getsizeof, x)), peak - before - sys.getsizeof(x[0]))
tracemalloc.reset_peak()
y = st.traceback.format()
cur, peak = tracemalloc.get_traced_memory()
print((peak - cur) // 4096, x == y)
