# The C locale: python3 turns on UTF-8 mode (preconfig), whose stdout
# errors handler is surrogateescape; stderr keeps backslashreplace.
#% locale C
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
