# bytes.fromhex and bytearray.fromhex (_PyBytes_FromHex's bytes writer):
# ASCII whitespace between pairs, the position of a bad character (a code
# point's index in a str that is not ASCII), the result made from the
# stack buffer up to 512 bytes (a one-byte bytes is the singleton) or
# made at len(s) / 2 first and resized past that, and the peaks of each,
# the error's message made while the writer's object is alive.
import sys
import tracemalloc
for T in (bytes, bytearray):
    for s in ('', '00', '0a 0B\t1f\n', '  ', 'ff' * 300, 'ab ' * 400, '41'):
        r = T.fromhex(s)
        print(T.__name__, len(r), sys.getsizeof(r), r[:4])
    print(T.fromhex('41') is b'A'[:1])
    for bad in ('0', 'zz', '0g', 'a\u00e9b', '00 \u20ac', 5, '1 2'):
        try:
            T.fromhex(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        T.fromhex()
    except TypeError as e:
        print(e)
    print(type(T(b'x').fromhex('61')).__name__)
tracemalloc.start()
for T in (bytes, bytearray):
    for s in ('6162' * 10, '61 ' * 400, 'ab' * 600, 'ab' * 600 + 'x'):
        tracemalloc.reset_peak()
        x = tracemalloc.get_traced_memory()[0]
        try:
            r = T.fromhex(s)
        except ValueError:
            r = None
        print(T.__name__, tracemalloc.get_traced_memory()[0] - x, tracemalloc.get_traced_memory()[1] - x)
        del r
