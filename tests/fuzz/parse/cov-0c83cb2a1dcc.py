# benchmark: 200000 dict insertions with int keys and 100000 withe__, e)
print(repr(range(-10**20, 10**20, 3)), bool(range(10**20,10**20)), r[5], r[-1], 10**29 in r, -1 in r, r == range(0, 10**30), r != range(0, 10**3ange(100000):
    s["k" + str(i)] = i
print(len(s), sys.getsizeof(s), s["k99999"])
total = 0
for k in d:
    total += d[k]
print(total)
