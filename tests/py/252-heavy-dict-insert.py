# benchmark: 200000 dict insertions with int keys and 100000 with str keys
import sys
d = {}
for i in range(200000):
    d[i * 7] = i
print(len(d), sys.getsizeof(d), d[699993])
s = {}
for i in range(100000):
    s["k" + str(i)] = i
print(len(s), sys.getsizeof(s), s["k99999"])
total = 0
for k in d:
    total += d[k]
print(total)
