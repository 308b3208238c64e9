# A script without a final newline: readlines reads its last line, finds
# no newline, puts the line aside (a `chunks` list and the line) and reads
# again, at EOF: the pieces are live at the peak, then joined (the one
# piece itself) and the list freed.  The path in the "File" line is taken off.
import tracemalloc
tracemalloc.start()
data = [str(i) * 50 for i in range(4)]
st = tracemalloc.take_snapshot().statistics("lineno")[0]
before = tracemalloc.get_traced_memory()[0]
tracemalloc.reset_peak()
x = st.traceback.format()
cur, peak = tracemalloc.get_traced_memory()
print(peak - before - len(st.traceback[0].filename), x[1], "and a last line long enough to count: 0123456789")