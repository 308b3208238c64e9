# Each utf-8 decoder takes one of its class's shared-key slots, so the
# inline values of the next one are 8 bytes smaller: the unraisable hook's
# report quotes the script through a TextIOWrapper (a decoder), then
# Traceback.format's first read makes another, whose values are live at
# the read's peak.  The path in the "File" line is taken off.
import tracemalloc


class Noisy:
    def __del__(self):
        raise ValueError("ignored")


tracemalloc.start()
n = Noisy()
del n
data = [str(i) * 50 for i in range(4)]
st = tracemalloc.take_snapshot().statistics("lineno")[0]
before = tracemalloc.get_traced_memory()[0]
tracemalloc.reset_peak()
x = st.traceback.format()
cur, peak = tracemalloc.get_traced_memory()
print(peak - before - len(st.traceback[0].filename), x[1])
