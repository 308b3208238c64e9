# UnicodeDecodeError and UnicodeEncodeError made by a program: __init__
# parses (encoding, object, start, end, reason) and refuses other shapes;
# the fields can be assigned (str() reads them, args keeps the originals);
# a subclass keeps the fields unless its own __init__ skips them.
import sys
import tracemalloc

e = UnicodeDecodeError('koi8', b'\x00\x81\x82', 1, 3, 'bad')
print(e, '|', repr(e), '|', e.args, e.start, e.end)
e.start = 0
e.end = 1
print(e)
e.reason = 'changed'
e.encoding = 'other'
print(e, e.args)
e.reason = 42
e.encoding = b'enc'
print(e)
e.end = 7
print(e)
e.start = -1
print(e)
del e.reason
print(e.reason)
try:
    del e.start
except TypeError as x:
    print('TypeError', x)
for value in ['3', 2.5, 2 ** 70]:
    try:
        e.end = value
    except (TypeError, OverflowError) as x:
        print(type(x).__name__, x)

u = UnicodeEncodeError('enc', 'a\U0001f600\u20acb', 1, 2, 'why')
print(u)
u.start = 2
u.end = 3
print(u)
u.start = 3
u.end = 4
print(u)
u.start = 4
u.end = 5
print(u, repr(u))
u.object = 'ab'
print(u)

bad = [(), ('x',), ('utf-8', b'x', 0, 1), ('utf-8', b'x', 0, 1, 'r', 'extra'), (1, b'x', 0, 1, 'r'),
       ('utf-8', 'str', 0, 1, 'r'), ('utf-8', b'x', '0', 1, 'r'), ('utf-8', b'x', 0, 1.0, 'r'),
       ('utf-8', b'x', 0, 1, b'r'), ('utf-8', b'x', 2 ** 80, 1, 'r'), ('utf-8', [1], 0, 1, 'r'),
       ('utf-8', b'x', '0', 1, b'r'), ('utf-8', 'x', 0, 1, 5), (b'u', [], None, 1, 'r')]
for cls in [UnicodeDecodeError, UnicodeEncodeError]:
    for args in bad:
        try:
            x = cls(*args)
            print(cls.__name__, 'made', x.args)
        except (TypeError, OverflowError) as x:
            print(cls.__name__, type(x).__name__, x)
class At:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

x = UnicodeDecodeError('utf-8', b'abcd', At(1), At(3), 'indexed')
print(x, x.start, x.end, x.args[2].n)
print(UnicodeError('plain', 1), repr(UnicodeError('plain')), UnicodeError().args)

class Mine(UnicodeDecodeError):
    pass

class Own(UnicodeEncodeError):
    def __init__(self, what):
        self.what = what

m = Mine('ascii', b'\xff\xfe', 0, 2, 'nope')
print(m, repr(m), m.object, m.reason)
o = Own('only')
print(repr(str(o)), repr(o), o.args, o.what, o.encoding, o.object, o.start, o.end, o.reason)
try:
    raise Mine('utf-16', b'\x00', 0, 1, 'odd')
except UnicodeError as x:
    print('caught', x)

tracemalloc.start()
a = tracemalloc.get_traced_memory()[0]
x = UnicodeDecodeError('utf-8', b'\xff' * 100, 5, 9, 'reason here')
b = tracemalloc.get_traced_memory()[0]
s = str(x)
c = tracemalloc.get_traced_memory()
r = repr(x)
d = tracemalloc.get_traced_memory()
tracemalloc.stop()
print(b - a, c[0] - b, c[1] - b, d[0] - c[0], d[1] - b, sys.getsizeof(x), len(s), len(r))
raise UnicodeEncodeError('ascii', 'caf\xe9', 3, 4, 'ordinal not in range(128)')
