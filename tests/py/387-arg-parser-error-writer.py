# The argument parsers' TypeErrors (_PyArg_UnpackKeywords for clinic
# functions and types, _PyArg_CheckPositional, vgetargs1) are made with
# PyErr_Format: the message comes from PyUnicode_FromFormatV's writer, each
# %s argument a str of its own first.  Once the free lists are warm the
# writer's buffer is what the peak sees.  min() with no argument makes two
# messages: PyArg_UnpackTuple's, cleared, then min_max's own.
import tracemalloc
tracemalloc.start()
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    try:
        complex(x=1, y=2)
    except TypeError as e:
        msg = str(e)
    print('complex(x=1, y=2)', tracemalloc.get_traced_memory()[1] - c0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    try:
        complex(1, 2, 3)
    except TypeError as e:
        msg = str(e)
    print('complex(1, 2, 3)', tracemalloc.get_traced_memory()[1] - c0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    try:
        'a'.split(x=1)
    except TypeError as e:
        msg = str(e)
    print("'a'.split(x=1)", tracemalloc.get_traced_memory()[1] - c0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    try:
        'a'.split(' ', 1, 2)
    except TypeError as e:
        msg = str(e)
    print("'a'.split(' ', 1, 2)", tracemalloc.get_traced_memory()[1] - c0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    try:
        'a'.split(' ', sep=' ')
    except TypeError as e:
        msg = str(e)
    print("'a'.split(' ', sep=' ')", tracemalloc.get_traced_memory()[1] - c0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    try:
        int('1', bse=2)
    except TypeError as e:
        msg = str(e)
    print("int('1', bse=2)", tracemalloc.get_traced_memory()[1] - c0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    try:
        round(1, 2, 3)
    except TypeError as e:
        msg = str(e)
    print('round(1, 2, 3)', tracemalloc.get_traced_memory()[1] - c0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    try:
        sum([1], 0, 1)
    except TypeError as e:
        msg = str(e)
    print('sum([1], 0, 1)', tracemalloc.get_traced_memory()[1] - c0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    try:
        pow(1)
    except TypeError as e:
        msg = str(e)
    print('pow(1)', tracemalloc.get_traced_memory()[1] - c0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    try:
        min()
    except TypeError as e:
        msg = str(e)
    print('min()', tracemalloc.get_traced_memory()[1] - c0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    try:
        max(key=None)
    except TypeError as e:
        msg = str(e)
    print('max(key=None)', tracemalloc.get_traced_memory()[1] - c0)
print(" ", msg)
