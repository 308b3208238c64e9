# A failed rich comparison raises through PyErr_Format: its message is
# written by PyUnicode_FromFormat's _PyUnicodeWriter into a buffer of the
# format's length + 100 characters ("'%s' not supported between instances
# of '%.100s' and '%.100s'"), cut to size at the end, while both operands
# are still on the stack.  With operands made in the same expression that
# buffer is the peak.
import tracemalloc

tracemalloc.start()


class C:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v


class P:
    pass


class N:
    def __lt__(self, o):
        return NotImplemented


def measure(label, f):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    try:
        r = f()
    except TypeError as e:
        r = str(e)
    print(label, r, tracemalloc.get_traced_memory()[1] - c0)


def both_new():
    return P() < P()


def one_local():
    x = P()
    return x < P()


for i in range(2):
    measure("both new", both_new)
    measure("one local", one_local)
measure("N < N", lambda: N() < N())
measure("N > N", lambda: N() > N())
measure("max", lambda: max(P(), P()))
measure("min", lambda: min(P(), P()))
measure("sorted", lambda: sorted([P(), P()]))
measure("chain", lambda: P() < C(2) < C(3))
measure("list", lambda: [P()] < [P()])
measure("le", lambda: C(1) <= C(2))
measure("ge", lambda: C(1) >= C(2))
measure("ok", lambda: C(1) < C(2))
measure("max ok", lambda: max(C(1), C(2)).v)
