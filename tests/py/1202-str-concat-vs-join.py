# Building strings: += versus join, measured with tracemalloc.
import tracemalloc

def concat(n):
    s = ""
    for i in range(n):
        s += str(i)
    return s

def joined(n):
    return "".join(str(i) for i in range(n))

def joined_list(n):
    return "".join([str(i) for i in range(n)])

for fn in (concat, joined, joined_list):
    tracemalloc.start()
    result = fn(1000)
    size, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{fn.__name__:12} len={len(result)} size={size} peak={peak}")
