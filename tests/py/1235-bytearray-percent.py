# bytearray % args (bytearray_mod: _PyBytes_FormatEx with use_bytearray):
# bytes %-formatting's directives and errors, the result a new bytearray
# made from the writer's buffer at the end, a mapping's keys as bytes;
# its peak as python3's.
import sys
import tracemalloc
b = bytearray(b'%s=%d %x %c%c %r %a %%')
r = b % (b'k', 42, 255, 65, b'B', 'q', 'é')
print(r, type(r).__name__, sys.getsizeof(r))
print(bytearray(b'plain') % (), bytearray(b'%(a)s') % {b'a': b'x'}, bytearray(b'%s') % bytearray(b'y'), bytearray(b'') % ())
for bad in (lambda: b % 1, lambda: bytearray(b'%d') % 'x', lambda: bytearray(b'x') % (1,), lambda: 5 % bytearray(b'x'),
            lambda: bytearray(b'%s') % 'str'):
    try:
        bad()
    except TypeError as e:
        print(e)
tracemalloc.start()
tracemalloc.reset_peak()
x = tracemalloc.get_traced_memory()[0]
r = bytearray(b'%d-%s') % (7, b'abc')
print(tracemalloc.get_traced_memory()[0] - x, tracemalloc.get_traced_memory()[1] - x)
