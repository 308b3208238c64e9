# Classroom: building a string with += against str.join, measured with tracemalloc (kept and peak).
import tracemalloc
def build_plus(n):
    s = ""
    for i in range(n):
        s += str(i)
    return s
def build_join(n):
    parts = []
    for i in range(n):
        parts.append(str(i))
    return "".join(parts)
tracemalloc.start()
a = build_plus(300)
cur, peak = tracemalloc.get_traced_memory()
print("plus", len(a), cur, peak)
tracemalloc.reset_peak()
b = build_join(300)
cur2, peak2 = tracemalloc.get_traced_memory()
print("join", len(b), cur2 - cur, peak2 - cur)
print(a == b)
del a, b
print(tracemalloc.get_traced_memory()[0])
tracemalloc.stop()
