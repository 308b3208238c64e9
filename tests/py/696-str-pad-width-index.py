# str.ljust/rjust/center/zfill read the width as Argument Clinic's
# Py_ssize_t converter does (PyNumber_Index: __index__ honoured, a float
# refused, OverflowError past PY_SSIZE_T_MAX), and a width no machine can
# hold is PyUnicode_New's MemoryError, not host memory spent padding
class I:
    def __index__(self): return 7
class Bad:
    def __index__(self): return 'x'
for src, f in (("'x'.center(10**12)", lambda: 'x'.center(10**12)), ("'x'.ljust(2**40)", lambda: 'x'.ljust(2**40)), ("'x'.rjust(2**40, 'é')", lambda: 'x'.rjust(2**40, 'é')),
               ("'1'.zfill(2**40)", lambda: '1'.zfill(2**40)), ("'x'.center(2**63)", lambda: 'x'.center(2**63)), ("'x'.zfill(-2**63 - 1)", lambda: 'x'.zfill(-2**63 - 1)),
               ("'x'.center(I(), '*')", lambda: 'x'.center(I(), '*')), ("'-5'.zfill(I())", lambda: '-5'.zfill(I())), ("'x'.ljust(Bad())", lambda: 'x'.ljust(Bad())),
               ("'x'.rjust(2.0)", lambda: 'x'.rjust(2.0)), ("'x'.zfill('3')", lambda: 'x'.zfill('3')), ("'x'.center(True)", lambda: 'x'.center(True)), ("'ab'.center(5, '€')", lambda: 'ab'.center(5, '€'))):
    try:
        print(src, '->', repr(f()))
    except Exception as e:
        print(src, '!!', type(e).__name__, e)
