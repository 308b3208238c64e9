# Measuring the recursion limit the way a lesson does: count the calls
# until RecursionError.  Once the function is warm, CPython 3.11's
# specialized calls of len(), isinstance(), list.append(x) as a
# statement, and METH_FASTCALL builtins and methods (sorted, dict.get,
# list.pop, str.split...) skip the recursion check that the generic call
# of a C function makes; METH_O and METH_NOARGS ones (abs, str.upper)
# keep it.
def probe(name, step):
    trail = []
    def dive(n):
        step(trail, n)
        dive(n + 1)
    try:
        dive(0)
    except RecursionError as e:
        print(f"{name:8} {len(trail):4} {e}")

def with_append(t, n):
    t.append(n)
def with_len(t, n):
    t.append(len(t))
def with_isinstance(t, n):
    t.append(isinstance(n, int))
def with_get(t, n):
    d = {"k": n}
    t.append(d.get("k"))
def with_pop(t, n):
    t.append(n)
    t.append(n)
    t.pop()
def with_split(t, n):
    t.append("a b".split())
def with_sorted(t, n):
    t.append(sorted((2, 1)))
def with_abs(t, n):
    t.append(abs(-n))
def with_upper(t, n):
    t.append("x".upper())
def with_kwargs(t, n):
    t.append(sorted([3, 1], reverse=True))
def with_divmod(t, n):
    t.append(divmod(n, 3))
def pushed(t, n):
    x = t.append(n)

for name, step in [("append", with_append), ("len", with_len), ("isinst", with_isinstance),
                   ("get", with_get), ("pop", with_pop), ("split", with_split),
                   ("sorted", with_sorted), ("abs", with_abs), ("upper", with_upper),
                   ("kwargs", with_kwargs), ("divmod", with_divmod), ("pushed", pushed)]:
    probe(name, step)
