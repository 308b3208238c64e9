# Traceback.format's first read of the script: readlines ends with a read1
# at EOF, a raw read into an 8192-byte bytes through a memoryview (a
# managedbuffer and the view, 312 bytes, live at the peak); the utf-8
# decoder's inline values are sized by the decoders made before it (sys.stdin's
# and site's .pth files').  The script's path is in the "File" line live at
# the peak: its length is taken off.
import tracemalloc
tracemalloc.start()
data = [str(i) * 50 for i in range(4)]
st = tracemalloc.take_snapshot().statistics("lineno")[0]
before = tracemalloc.get_traced_memory()[0]
tracemalloc.reset_peak()
x = st.traceback.format()
cur, peak = tracemalloc.get_traced_memory()
print(peak - before - len(st.traceback[0].filename), x[1])
