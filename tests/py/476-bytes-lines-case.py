# bytes.splitlines, rsplit, rindex, title/swapcase/capitalize, isalnum/
# isascii/istitle (stringlib, bytes_methods.c), with their argument errors.
import sys, tracemalloc
b = b'a,b,,c'
print(b'a\nb\r\nc\rd'.splitlines(), b'a\nb\r\nc\rd\n'.splitlines(True), b''.splitlines(), b'\n\n'.splitlines(keepends=True))
z = b'one line'
print(z.splitlines()[0] is z, z.splitlines(True)[0] is z, (z + b'\n').splitlines(True)[0])
print(b'hello world'.title(), b"they're bill's".title(), b'HeLLo 1x'.swapcase(), b'hELLO wORLD'.capitalize())
print(b'abc1'.isalnum(), b''.isalnum(), b'a b'.isalnum(), b''.isascii(), b'\x80'.isascii(), b'abc'.isascii())
print(b'Hello World'.istitle(), b'Hello world'.istitle(), b'A'.istitle(), b'a'.istitle(), b''.istitle(), b'1A'.istitle())
print(b'a b  c '.rsplit(), b'a,b,c'.rsplit(b',', 1), b'a::b::c'.rsplit(b'::'), b'  a b c  '.rsplit(None, 1), b'abc'.rsplit(b','))
w = b'word'
print(w.rsplit()[0] is w, w.rsplit(b',')[0] is w)
for name, f in [
        ("b.partition(',')", lambda: b.partition(',')),
        ("b.partition(b'')", lambda: b.partition(b'')),
        ('b.center()', lambda: b.center()),
        ("b.center(5, '*')", lambda: b.center(5, '*')),
        ("b.center(5, b'**')", lambda: b.center(5, b'**')),
        ("b.center('5')", lambda: b.center('5')),
        ('b.zfill()', lambda: b.zfill()),
        ('b.zfill(1, 2)', lambda: b.zfill(1, 2)),
        ('b.expandtabs(1.5)', lambda: b.expandtabs(1.5)),
        ('b.expandtabs(x=1)', lambda: b.expandtabs(x=1)),
        ('b.splitlines(1, 2)', lambda: b.splitlines(1, 2)),
        ("b.rsplit(b'')", lambda: b.rsplit(b'')),
        ("b.rindex(b'q')", lambda: b.rindex(b'q')),
        ("b.removeprefix('a')", lambda: b.removeprefix('a')),
        ('b.title(1)', lambda: b.title(1)),
        ('b.rsplit(1)', lambda: b.rsplit(1)),
        ('b.ljust(2**70)', lambda: b.ljust(2**70)),
        ('b.partition()', lambda: b.partition()),
        ('b.center(1, 2, 3)', lambda: b.center(1, 2, 3)),
        ('b.splitlines(2.0)', lambda: b.splitlines(2.0)),
        ]:
    try:
        f()
    except Exception as e:
        print(name, type(e).__name__, e)
tracemalloc.start()
r = b'x' * 100
u = r.rsplit(b'x', 3)
s = r.splitlines()
print(tracemalloc.get_traced_memory(), len(u), len(s), s[0] is r)
del u, s
lines = (b'ab\n' * 30).splitlines()
print(tracemalloc.get_traced_memory(), sys.getsizeof(lines))
parts = b'a b c d e f g h i j k l m n o p'.rsplit()
print(tracemalloc.get_traced_memory(), sys.getsizeof(parts), parts[:3])
