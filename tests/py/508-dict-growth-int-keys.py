# dict growth with int keys (general keys tables are bigger)
import sys
d = {}
out = []
for i in range(45):
    out.append(sys.getsizeof(d))
    d[i] = None
print(sorted(set(out)))
print([i for i in range(1, 45) if out[i] != out[i - 1]])
