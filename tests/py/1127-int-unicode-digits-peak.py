# int() of a str that is not ASCII (PyLong_FromUnicodeObject): the digits are
# read from _PyUnicode_TransformDecimalAndSpaceToASCII's copy, a
# PyUnicode_New(len, 127) block at the full length even when a character
# that is no digit or space ends its text; a bad literal is reported first
# by PyLong_FromString, quoting that text (a str made and dropped), then
# again quoting the argument.  The copy and the first report raise the peak.
# Found by gen.py's convs feature (seed 31810120: int('١٢', 2)).
import tracemalloc
tracemalloc.start()
def probe(s, b):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    try:
        r = int(s, b)
        c1, p1 = tracemalloc.get_traced_memory()
        print(ascii(s), b, r, c1 - c0, p1 - c0)
    except ValueError as e:
        c1, p1 = tracemalloc.get_traced_memory()
        print(ascii(s), b, ascii(str(e)), c1 - c0, p1 - c0)
probe('x', 10)
for s in ['12', '١٢', ' ١٢ ', '١z', 'é', '٣' * 30, '1' * 30 + 'é', '€', '١٢' * 150, '\u3000 7', '?é', '12\x7fé']:
    for b in (2, 10, 0):
        probe(s, b)
