# Classroom: each recursive call costs a frame; the peak grows with depth.
import tracemalloc

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

def measure(n):
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    depth(n)
    cur, peak = tracemalloc.get_traced_memory()
    return cur - before, peak - before

tracemalloc.start()
measure(1)
for n in [10, 50, 100, 200, 400]:
    kept, peak = measure(n)
    print(f"depth {n:4}: kept {kept} peak {peak}")

def with_locals(n):
    a = [n]
    b = (n, n)
    if n == 0:
        return 0
    return with_locals(n - 1)

for n in [10, 100]:
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    with_locals(n)
    cur, peak = tracemalloc.get_traced_memory()
    print(f"with locals {n}: kept {cur - before} peak {peak - before}")
tracemalloc.stop()
