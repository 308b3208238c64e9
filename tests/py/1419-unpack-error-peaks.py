# Unpacking errors as unpack_iterable makes them: the message through
# PyUnicode_FromFormat (its buffer) while the items taken so far and the
# iterator are alive, then the items released (the last first, the rest
# list of a starred target before them), then the iterator; an extra item
# is dropped before the message.  tracemalloc's peak shows the order.
import tracemalloc
tracemalloc.start()
def gen(n, size):
    for i in range(n):
        yield str(i) * size
cases = [('tuple3', lambda: tuple(str(i) * 300 for i in range(3)), 2, 0), ('list1', lambda: [str(i) * 300 for i in range(1)], 2, 0),
         ('gen3', lambda: gen(3, 300), 2, 0), ('gen1', lambda: gen(1, 300), 2, 0), ('str', lambda: "abc", 2, 0),
         ('ex1', lambda: gen(1, 300), 2, 1), ('ex2', lambda: gen(2, 300), 1, 2), ('exl', lambda: [str(i) * 300 for i in range(2)], 1, 2),
         ('dict', lambda: {1: 2, 3: 4, 5: 6}, 2, 0), ('int', lambda: 5, 2, 0)]
for label, mk, n, after in cases:
    for k in range(2):
        src = mk()
        tracemalloc.reset_peak()
        c0 = tracemalloc.get_traced_memory()[0]
        m = None
        try:
            if after == 0 and n == 2:
                a, b = src
            elif after == 1:
                a, b, *c, d = src
            else:
                a, *c, d, e = src
        except (ValueError, TypeError) as e:
            m = str(e)
        c1, p1 = tracemalloc.get_traced_memory()
        del src
    print(label, c1 - c0, p1 - c0, m)
