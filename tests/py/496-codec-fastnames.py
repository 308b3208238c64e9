# The names PyUnicode_AsEncodedString and PyUnicode_Decode take without the
# codec registry: _Py_normalize_encoding lowers ASCII letters, keeps digits
# and '.', and turns each run of anything else into one '_' (none leading,
# none trailing), into an 11-byte buffer.  Their memory is the fast path's.
import tracemalloc

names = ['UTF 8', 'utf_8', ' utf-8 ', 'utf--8', '-utf8', 'utf8-', 'Utf_8_', 'UTF8',
         'Latin-1', 'LATIN1', 'latin_1', 'iso-8859-1', 'ISO8859_1', 'iso--8859--1',
         'ASCII', 'Us-Ascii', 'US_ASCII', 'us ascii', 'UTF 16', 'utf_32']
tracemalloc.start()
for n in names:
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    b = 'a\xe9'.encode(n, 'replace')
    s = b.decode(n, 'replace')
    now, peak = tracemalloc.get_traced_memory()
    print(repr(n), b, ascii(s), now - before, peak - before)
    del b, s
print(tracemalloc.get_traced_memory())
tracemalloc.stop()

# Too long for the buffer, or not spelled as a fast name: the registry,
# which knows none of these.
for n in ['L a t i n 1', 'utf.8', 'latin.1', 'u-t-f-8', 'ascii ascii']:
    try:
        'a'.encode(n)
    except LookupError as e:
        print('LookupError', e)

# The 's' converter of the arguments: a NUL anywhere is a ValueError, before
# an empty input returns at once.
for f in [lambda: b''.decode('utf-8\x00'), lambda: 'a'.encode('utf-8', 'str\x00ict'),
          lambda: bytes('a', 'utf\x008'), lambda: str(b'a', 'latin\x001'),
          lambda: str(b'', 'ascii', 'x\x00'), lambda: b''.decode('no-such')]:
    try:
        print(repr(f()))
    except ValueError as e:
        print('ValueError', e)
