# print's Argument Clinic parser rejects an unknown keyword with
# error_unexpected_keyword_arg's PyErr_Format once its *args tuple is made,
# before flush is read; complex_new_impl's type errors are PyErr_Format's
# too ("... not '%.200s'"), and a generator's throw checks its count with
# _PyArg_CheckPositional.
import tracemalloc, gc
def g():
    yield 1
gen = g()
tracemalloc.start()
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        print(x=1)
    except TypeError as e:
        msg = str(e)
    print('print(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        print(1, x=1)
    except TypeError as e:
        msg = str(e)
    print('print(1, x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        print(flush=[], x=1)
    except TypeError as e:
        msg = str(e)
    print('print(flush=[], x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        complex([])
    except TypeError as e:
        msg = str(e)
    print('complex([])', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        complex({})
    except TypeError as e:
        msg = str(e)
    print('complex({})', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        complex(1, [])
    except TypeError as e:
        msg = str(e)
    print('complex(1, [])', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        complex(1j, [])
    except TypeError as e:
        msg = str(e)
    print('complex(1j, [])', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        gen.throw()
    except TypeError as e:
        msg = str(e)
    print('gen.throw()', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        gen.throw(1, 2, 3, 4)
    except TypeError as e:
        msg = str(e)
    print('gen.throw(1, 2, 3, 4)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
for _ in range(3):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        gen.throw(x=1)
    except TypeError as e:
        msg = str(e)
    print('gen.throw(x=1)', tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)
print(" ", msg)
