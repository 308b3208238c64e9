# print(..., file=sys.stderr): python3 opens stderr line-buffered even when
# it is not a terminal (create_stdio), so each line is flushed at its
# newline: the pending str joined into bytes, the BufferedWriter's write
# and flush, the memoryview its raw write makes.  Peaks and gc counts
# follow; a traceback after the stderr lines comes out after them.
import gc
import sys
import tracemalloc

gc.collect()
tracemalloc.start()
counts = []
for i in range(6):
    print('line', i, 'of stderr', file=sys.stderr)
    counts.append(gc.get_count())
print(tracemalloc.get_traced_memory(), counts)
tracemalloc.reset_peak()
print('no newline yet', end='', file=sys.stderr)
print(tracemalloc.get_traced_memory(), gc.get_count())
tracemalloc.reset_peak()
print(' ... now', file=sys.stderr, flush=True)
print(tracemalloc.get_traced_memory(), gc.get_count())
tracemalloc.reset_peak()
print('\u00e9t\u00e9 \u2603', 'x' * 9000, file=sys.stderr)
print(tracemalloc.get_traced_memory(), gc.get_count())
tracemalloc.stop()
print('last words', file=sys.stderr)
raise ValueError('after the stderr lines')
