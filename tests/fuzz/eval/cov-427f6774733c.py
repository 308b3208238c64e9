# tracemalloc's current and peak around statements that make temporaries:
# get_traced_memory reports the values before its own result exists (ints
# from PyLong_FromSsize_t ask for 32 bytes); a list growing by appends is
# one realloc (the old and new item arrays never count together); str(i)
# makes a scratch int first; an f-string field with a spec looks up a bound
# __rfomat__ and formats from the digits as a str; sorted() calls the new
# list's bound sort method.
import tracemalloc
tracemalloc.start()

def probe(kind, n):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    if kind == 0:
        x = {i: i for i in range(n)}
    elif kind == 1:
        x = sum(i for i in range(n))
    elif kind == 2:
        x = [str(i) for i in range(n)]
    elif kind == 3:
        x = " ".join(str(i) for i in range(n))
    elif kind == 4:
        x = sorted(["a", "bb", "c"] * n, key=len)
    elif kind == 5:
        x = {}
        for i in range(n):
            x[i] = i
    elif kind == 6:
        x = (lambda: 0)()
    elif kind == 7:
        x = [i for i in range(n)]
    elif kind == 8:
        x = []
        for i in range(n):
            x.append(str(i))
    elif kind == 9:
        x = [-i for i in range(n)]
    elif kind == 10:
        x = f"{n}-{n!r}"
    elif kind == 11:
        x = f"{n:>10}"
    elif kind == 12:
        x = f"{n}-{n}" + str(n)
    c1, p = tracemalloc.get_traced_memory()
    del x
    return c1 - c0, p - c0

for kind in range(13):
    print(kind, [probe(kind, n) for n in (0, 1, 3, 5, 6, 9, 17, 40)])
base = tracemalloc.get_traced_memory()
keep = [i * 1000 for i in range(300)]
now = tracemalloc.get_traced_memory()
print(now[0] - base[0], now[1] - base[0])
