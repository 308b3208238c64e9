# A generator dropped while suspended inside try/finally is closed: GeneratorExit
# is thrown in, and if the finally block raises instead, the new exception is
# reported through sys.unraisablehook.  The report quotes each source line of
# its traceback by opening this file again (two entries here: the generator
# and the helper it calls), so the peak is far above what the program keeps.
import gc
import tracemalloc


def check(name):
    raise KeyError(name)


def reader(name):
    try:
        yield 1
        yield 2
    finally:
        check(name)


tracemalloc.start()
before = gc.get_count()
gen = reader("first")
print(next(gen))
gen = None
print("before", before, "after first report", gc.get_count())
print("memory", tracemalloc.get_traced_memory())

tracemalloc.reset_peak()
gen = reader("second")
print(next(gen), next(gen))
del gen
current, peak = tracemalloc.get_traced_memory()
print("after second report", gc.get_count(), "peak - current:", peak - current)
tracemalloc.stop()
