# sys.__stdout__ and sys.__stderr__ are the very stream objects; text left
# pending on stderr without a newline is written before the traceback that
# follows it (the same stream), on the same line.
import sys
import tracemalloc

print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.__stderr__)
sys.__stdout__.write('via __stdout__\n')
tracemalloc.start()
print('warning:', end=' ', file=sys.__stderr__)
sys.stderr.write('no newline')
print(tracemalloc.get_traced_memory())
tracemalloc.stop()


def f(n):
    return 10 // n


f(0)
