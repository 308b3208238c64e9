# divmod() of two ints is one l_divmod (long_divmod): the quotient and the
# remainder are made among its temporaries (x_divrem's shifted dividend,
# divisor copy and quotient; the floor fix-up), then the tuple; not a //
# followed by a %.  Which blocks later ints reuse shows it.
labels = {}
def lab(o):
    k = id(o)
    if k not in labels:
        labels[k] = len(labels)
    return labels[k]
for big, small in ((10 ** 30, 10 ** 12), (10 ** 40, 10 ** 20), (10 ** 12, 1000), (10 ** 25, 3)):
    labels.clear()
    out = []
    keep = []
    for i in range(6):
        a = (i + 1) * big + 12345
        t = divmod(a, small)
        f = a * 3
        g = a * 5
        keep.append(t)
        out.append((lab(t[0]), lab(t[1]), lab(f), lab(g)))
    print(big, small, out)
for big, small in ((10 ** 12, 3), (10 ** 12, 1000), (10 ** 30, 10 ** 12), (10 ** 12, -7), (10 ** 9, 10 ** 12), (5, 3), (-7, 2)):
    labels.clear()
    out = []
    for i in range(6):
        a = (i + 1) * big
        c = -a * 7 - 1
        q, r = d = divmod(c, small)
        e = a + 1
        out.append((lab(a), lab(c), lab(q), lab(r), lab(e)))
    print(big, small, out, d)
print(divmod(True, 2), divmod(-10**20, 3), divmod(10**20, -3), divmod(0, 5))
try:
    divmod(10**20, 0)
except ZeroDivisionError as e:
    print(e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print(e)
try:
    divmod(5.0, 0)
except ZeroDivisionError as e:
    print(e)
print(divmod(7, 2.0), divmod(-7.5, 2))
