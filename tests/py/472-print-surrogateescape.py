# sys.stdout under the C.UTF-8 locale: UTF-8 with errors='surrogateescape'
# (initconfig.c config_get_stdio_errors), stderr with 'backslashreplace'.
import tracemalloc
print('a\udc80b', 'c\udcffd')
s = 'x\udcfe' * 300
tracemalloc.start()
print(s)
print(tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
t = 'ab\u0101' * 200
print(t)
print(tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
try:
    print('p\ud800q')
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason)
    print(tracemalloc.get_traced_memory())
raise ValueError('bad \udc80 \ud800 é')
