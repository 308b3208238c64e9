# sys.stdout.write and sys.stderr.write (_io_TextIOWrapper_write, METH_O):
# the number of characters comes back as an int (a new one past 256); the
# text waits in the pending buffer like print's pieces; flush() returns
# None.  A LOAD_METHOD call makes no bound method.
import gc
import sys
import tracemalloc

gc.collect()
tracemalloc.start()
n = sys.stdout.write('hello\n')
m = sys.stderr.write('to stderr\n')
print(n, m, tracemalloc.get_traced_memory(), gc.get_count())
tracemalloc.reset_peak()
big = sys.stdout.write('y' * 300 + '\n')
print(big, tracemalloc.get_traced_memory(), gc.get_count())
tracemalloc.reset_peak()
for i in range(40):
    sys.stdout.write('%d,' % i)
print(sys.stdout.flush(), sys.stderr.flush(), tracemalloc.get_traced_memory(), gc.get_count())
tracemalloc.reset_peak()
print(sys.stdout.write('\u00e9\u2603\n'), tracemalloc.get_traced_memory())
tracemalloc.stop()
for call in (lambda: sys.stdout.write(1), lambda: sys.stdout.write(), lambda: sys.stderr.write('a', 'b'),
             lambda: sys.stdout.flush(1), lambda: sys.stdout.write(s='x'), lambda: print('z', file=1),
             lambda: print(file=None, sep=1)):
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
sys.stderr.write('done\n')
