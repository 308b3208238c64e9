# int() of a text over the 4,300-digit limit: PyLong_FromString raises
# _MAX_STR_DIGITS_ERROR_FMT_TO_INT through PyErr_Format's writer (its
# buffer at the peak), for a str that is not ASCII while the ASCII copy is
# still held; power-of-two bases are exempt.
import sys
import tracemalloc
tracemalloc.start()
def probe(label, f):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    try:
        f()
        r = 'ok'
    except ValueError as e:
        r = str(e)[:60]
    c1, p1 = tracemalloc.get_traced_memory()
    print(label, r, c1 - c0, p1 - c0)
probe('str', lambda: int('9' * 4301))
probe('bytes', lambda: int(b'9' * 4301))
probe('unicode', lambda: int('\u0669' * 4301))
probe('base 36', lambda: int('z' * 5000, 36))
probe('base 16', lambda: int('f' * 5000, 16))
probe('spaces', lambda: int('  -' + '1_2' * 2000 + ' '))
sys.set_int_max_str_digits(5000)
probe('raised', lambda: int('7' * 5001))
probe('under', lambda: int('7' * 4999))
