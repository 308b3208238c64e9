# float() of a str (PyFloat_FromString): a str that is not ASCII is read from
# _PyUnicode_TransformDecimalAndSpaceToASCII's copy, kept until the float is
# made; an underscore makes _Py_string_to_number_with_underscores copy the
# text without them to a PyMem block (freed before its own error when one is
# misplaced); a text PyOS_string_to_double reads nothing of is reported twice
# (its '%.200s' of the stripped text, then the argument's repr).  Each of
# these raises the peak python3 shows.  Found after gen.py's convs feature
# found int()'s (tests/py 1127).
import tracemalloc
tracemalloc.start()
def probe(s):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    try:
        r = float(s)
        c1, p1 = tracemalloc.get_traced_memory()
        print(ascii(s), r, c1 - c0, p1 - c0)
    except ValueError as e:
        c1, p1 = tracemalloc.get_traced_memory()
        print(ascii(s), ascii(str(e)), c1 - c0, p1 - c0)
for s in ['x', '1.5', '١٢', ' ١٢ ', '١z', 'é', '٣' * 30, '  12é', '€', '١٢' * 150,
          '\u3000 7', '1_0.5', '1__0', '١_٢', '_1', '   ', 'inf', '-nan', 'in', '1e', '.', '-',
          '1.5x', 'x' * 300, ' \u3000 ', '1\x002', 'é_1', '1_é', '-١٫٥', '1_000_000.000_1', '١' * 40 + 'x']:
    probe(s)
