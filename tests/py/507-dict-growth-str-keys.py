# dict growth with str keys: getsizeof at every size
import sys
d = {}
out = []
for i in range(45):
    out.append(sys.getsizeof(d))
    d["k%d" % i if False else "k" + str(i)] = i
print(sorted(set(out)))
print([i for i in range(1, 45) if out[i] != out[i - 1]])
