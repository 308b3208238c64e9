# The TypeErrors of a call's arguments make their strs as CPython's
# initialize_locals does, seen in tracemalloc's peak when the call fails at
# module level: too_many_positional's signature and keyword-only strs, then
# the message through PyUnicode_FromFormat (a buffer of strlen(format) + 100
# characters, a str for each %s word: "was", "positional"...);
# missing_arguments' list of reprs and format_missing's joins ("'a' and
# 'b'", "'a', 'b', and 'c'").  Each call is made twice: the first one
# also makes the module frame's frame object for the traceback.
import tracemalloc
def f0():
    pass
def f2(a, b=1):
    pass
def f3(a, b, c, *, k, kk):
    pass
def fk(*, k):
    pass
def f5(a, b, c, d, e):
    pass
class C:
    def m(self, x):
        pass
cases = [('many0', f0, (1,), {}), ('many2', f2, (1, 2, 3), {}), ('manykw', fk, (1,), {'k': 2}),
         ('miss1', f2, (), {}), ('miss2', f3, (1,), {}), ('miss3', f5, (1,), {}), ('misskw', f3, (1, 2, 3), {}),
         ('unexp', f2, (1,), {'q' * 120: 1}), ('meth', C().m, (1, 2), {})]
tracemalloc.start()
for label, fn, args, kw in cases:
    for i in range(2):
        tracemalloc.reset_peak()
        c0, p0 = tracemalloc.get_traced_memory()
        try:
            fn(*args, **kw)
        except TypeError as e:
            m = str(e)
        c1, p1 = tracemalloc.get_traced_memory()
    print(label, c1 - c0, p1 - p0, m[:60])
