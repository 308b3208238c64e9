# CPython 3.11's optimiser (fold_tuple_on_constants, from
# optimize_basic_block) turns LOAD_CONST x n; BUILD_TUPLE n into one
# constant tuple wherever the compiler emits it: the positional tuple of a
# call beside **kwargs (none at all: the constant ()), string annotations,
# constant defaults.  A call then makes no tuple at run time.
import gc
import tracemalloc

gc.disable()
keep = [(i,) for i in [1] * 40]
k = {"base": 8}
none = {}


def one():
    return int("17", **k)


def two():
    return divmod(7, 2, **none)


def empty():
    return dict(**k)


def mixed(x):
    return divmod(x, 2, **none)


def ann(x: "int", *r: "str") -> "bool":
    return x


def defaults(a=1, b=("q", 2)):
    return a, b


for fn, args in ((one, ()), (two, ()), (empty, ()), (mixed, (9,)), (ann, (5,)), (defaults, ())):
    c0 = gc.get_count()[0]
    r = fn(*args)
    print(fn.__name__, r, gc.get_count()[0] - c0)

tracemalloc.start()
one()
tracemalloc.reset_peak()
c0, p0 = tracemalloc.get_traced_memory()
for _ in range(3):
    one()
c1, p1 = tracemalloc.get_traced_memory()
print("peak above", p1 - c0, "live", c1 - c0)
tracemalloc.stop()
