# A join whose result is one character long makes a new str, never the
# cached one-character singleton: _PyUnicode_JoinArray asks PyUnicode_New
# for the total length (only an empty total is the "" singleton), for
# str.join and for f-strings (BUILD_STRING).  Seen in the refcount and in
# tracemalloc's traced size.  Found by fuzz-diff seed 30210027.
import sys
import tracemalloc
e = ""
a = "a".join([e, e])
print(a, sys.getrefcount(a))
b = "".join(["x", e])
print(b, sys.getrefcount(b))
c = f"{e}y"
print(c, sys.getrefcount(c))
d = "".join([e, e])
print(repr(d), d is e)
u = "-".join(["\u00e9", e][:1]) + "".join([e, "\u20ac"])
print(u, len(u))
tracemalloc.start()
t1 = "-".join(["", ""])
t2 = "".join(["\u20ac", ""])
print(tracemalloc.get_traced_memory())
del t1, t2
print(tracemalloc.get_traced_memory())
