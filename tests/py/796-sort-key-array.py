# list.sort(key=...) keeps the keys of 128 items or more in a PyMem block of
# 8 bytes per item (fewer: on the C stack), from before the first key call
# to after the last key is released: tracemalloc's peak shows it.
import tracemalloc


def k(x):
    return x


class Key:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n


def bad(x):
    if x == 150:
        raise KeyError(x)
    return x


tracemalloc.start()
for rep in range(2):
    for n in (127, 128, 129, 200, 300):
        row = [n]
        for key in (k, abs, Key):
            a = list(range(n, 0, -1))
            tracemalloc.reset_peak()
            cur0 = tracemalloc.get_traced_memory()[0]
            a.sort(key=key)
            cur, peak = tracemalloc.get_traced_memory()
            row.append((cur - cur0, peak - cur0))
            del a
        print(*row)
b = list(range(200))
tracemalloc.reset_peak()
cur0 = tracemalloc.get_traced_memory()[0]
c = sorted(b, key=k, reverse=True)
cur, peak = tracemalloc.get_traced_memory()
print(c[:3], cur - cur0, peak - cur0)  # 1600 + the new list
d = list(range(300))
tracemalloc.reset_peak()
cur0 = tracemalloc.get_traced_memory()[0]
try:
    d.sort(key=bad)
except KeyError as e:
    print('KeyError', e)
cur, peak = tracemalloc.get_traced_memory()
print(d[:3], cur - cur0, peak - cur0 >= 2400)
