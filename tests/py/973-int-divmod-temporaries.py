# Floor division and modulo of ints past one digit make and free
# temporaries as longobject.c does, and the result's block depends on
# them: divrem1's quotient and the remainder object, x_divrem's shifted
# dividend, divisor copy and quotient, and the floor fix-up (remainder +
# divisor, quotient - 1) when the signs differ.  Which earlier blocks the
# next ints reuse shows it.
labels = {}
def lab(o):
    k = id(o)
    if k not in labels:
        labels[k] = len(labels)
    return labels[k]

def run(n, op, big, small):
    out = []
    for i in range(n):
        a = (i + 1) * big
        c = -a * 7 - 1
        if op == '//':
            d = c // small
        else:
            d = c % small
        e = a + 1
        out.append((lab(a), lab(c), lab(d), lab(e)))
    return out

for op in ('//', '%'):
    for big, small in ((10 ** 12, 3), (10 ** 12, 1000), (10 ** 30, 10 ** 12), (10 ** 12, -7), (10 ** 9, 10 ** 12)):
        labels.clear()
        print(op, big, small, run(6, op, big, small))
labels.clear()
x = -(10 ** 40) - 3
print([lab(x // 10 ** 15), lab(x % 10 ** 15), lab(x // 7), lab(x % 7), lab(x // 10 ** 50), lab(x % 10 ** 50)])
print(x // 10 ** 15, x % 10 ** 15, x // 7, x % 7, x // 10 ** 50, x % 10 ** 50, divmod(x, 10 ** 15))
