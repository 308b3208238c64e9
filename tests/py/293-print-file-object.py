# print(file=obj) calls obj.write once per piece (PyFile_WriteObject: the
# item's str, then each separator and the end), each through a new bound
# method; flush=True calls obj.flush().  file=None means sys.stdout.
import gc
import sys
import tracemalloc


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append('<flush>')


class Loud(Sink):
    def write(self, s):
        if s == 'boom':
            raise RuntimeError('write refused ' + repr(s))
        return super().write(s)


sink = Sink()
print(1, 'two', 3.0, [4], sep=', ', end='.\n', file=sink)
print(file=sink, flush=True)
print('a', 'b', sep='', end='', file=sink)
print(sink.parts)
print('to stdout', file=None)
print('also stdout', file=sys.stdout, flush=True)
gc.collect()
tracemalloc.start()
s2 = Sink()
before = gc.get_count()
for i in range(10):
    print(i, i * i, file=s2)
print(tracemalloc.get_traced_memory(), before, gc.get_count(), len(s2.parts))
tracemalloc.stop()
loud = Loud()
try:
    print('ok', 'boom', 'never', file=loud)
except RuntimeError as e:
    print(e, loud.parts)
try:
    print('x', file=object())
except AttributeError as e:
    print(e)
