# bytes.partition/rpartition, center/ljust/rjust/zfill, expandtabs, removeprefix/
# removesuffix as stringlib does them: self returned when unchanged, the
# one-byte and empty singletons, a fresh bytes for computed results.
import gc, sys, tracemalloc
b = b'a,b,,c'
print(b.partition(b','), b.rpartition(b','), b.partition(b'x'), b.rpartition(b'x'))
print(b.partition(b',')[1] is b.partition(b',')[1])
sep = b',,'
print(b.partition(sep)[1] is sep, b.partition(b'x')[0] is b, b.rpartition(b'x')[2] is b)
print(b'ab'.center(7, b'*'), b'ab'.center(6), b'abc'.center(6), b'abc'.center(2) is not None)
x = b'hello'
print(x.center(3) is x, x.ljust(5) is x, x.rjust(-1) is x, x.zfill(2) is x)
print(b'12'.zfill(5), b'-12'.zfill(5), b'+1'.zfill(4), b''.zfill(3), b'-'.zfill(1))
print(b'ab'.ljust(5, b'.'), b'ab'.rjust(5, b'.'))
print(b'a\tb\tc\n\tx\r\ty'.expandtabs(), b'a\tbc'.expandtabs(4), b'a\tb'.expandtabs(0), b'a\tb'.expandtabs(tabsize=3))
y = b'nothing'
print(y.expandtabs() is y, y.expandtabs() == y)
print(b'abcabc'.rindex(b'b'), b'abcabc'.rindex(b'c', 0, 4), b'abcabc'.rindex(99))
w = b"word"
print(b'prefix-x'.removeprefix(b'prefix-'), b'x.py'.removesuffix(b'.py'), w.removeprefix(b'') is w, w.removesuffix(b'zz') is w)
print(b'abc'.removeprefix(b'abc'), b'abc'.removesuffix(b'c') is b'ab'[0:2])
print(b'xa'.partition(b'x')[2] is b'a'[0:1], b'ax'.upper())
gc.collect()
tracemalloc.start()
before = gc.get_count()[0]
r = b'x' * 100
t = r.partition(b'x')
print(gc.get_count()[0] - before, gc.is_tracked(t))
c = r.center(300)
e = r.expandtabs()
k = r.removesuffix(b'xx')
print(tracemalloc.get_traced_memory(), [len(q) for q in t], len(c), len(e), len(k))
del t, c, e, k
print(tracemalloc.get_traced_memory())
