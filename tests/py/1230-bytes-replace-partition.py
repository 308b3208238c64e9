# replace, removeprefix, removesuffix, partition and rpartition, shared by
# bytes and bytearray as stringlib has them: a bytes returns itself where
# nothing changes (a bytearray a copy), a computed bytes of one byte is a
# new object; bytearray.partition copies its separator into a new
# bytearray first (the tuple's middle, or freed after); replace's count
# and split's maxsplit are Py_ssize_t (checked before the separator).
import sys
import tracemalloc

x = b'ab'.replace(b'b', b'')
print(x, x is b'a'[:1])
y = b'ab'.replace(b'', b'')
print(y is b'ab'[:], b'ab'.replace(b'z', b'q') == b'ab')
s = b'abc'
print(s.replace(b'', b'') is s, s.replace(b'b', b'x', 0) is s, s.replace(b'abcd', b'') is s, s.replace(b'b', b'B') is s)
print(s.replace(b'', b'-'), s.replace(b'', b'-', 2), s.replace(b'bc', b''), s.replace(b'a', b'XY'))
ba = bytearray(b'hello world')
for r in (ba.replace(b'o', b'0'), ba.replace(b'zz', b''), ba.replace(b'', b''), ba.replace(b'l', b'', 1),
          ba.replace(b'', b'.'), ba.replace(bytearray(b'world'), b'there'), ba.removeprefix(b'hello '),
          ba.removesuffix(b'x'), ba.removeprefix(b''), ba.partition(b' '), ba.rpartition(b'o'),
          ba.partition(b'zz'), ba.rpartition(b'zz')):
    print(r, type(r).__name__)
print(ba.replace(b'zz', b'') is ba, ba.removesuffix(b'zz') is ba, ba.partition(b'zz')[0] is ba)
p = ba.partition(b' ')
print(type(p[1]).__name__, sys.getsizeof(p[1]), sys.getsizeof(ba.partition(b'q')[1]))
for bad in (lambda: ba.partition(b''), lambda: ba.partition('x'), lambda: ba.replace('a', b'b'), lambda: ba.removeprefix(1),
            lambda: ba.replace(b'a', b'b', 'x'), lambda: ba.partition()):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
tracemalloc.start()


def m(label, f):
    tracemalloc.reset_peak()
    x = tracemalloc.get_traced_memory()[0]
    r = f()
    c, p = tracemalloc.get_traced_memory()
    print(label, c - x, p - x)
    return r


m('rep', lambda: ba.replace(b'o', b'000'))
m('rep-none', lambda: ba.replace(b'q', b'000'))
m('part', lambda: ba.partition(b' '))
m('part-none', lambda: ba.partition(b'q'))
m('pre', lambda: ba.removeprefix(b'he'))
m('bpart', lambda: b'a b'.partition(b' '))
m('brep', lambda: b'a b'.replace(b' ', b''))


for f in (lambda: b'a'.split('x', 'y'), lambda: bytearray(b'a').split('x', 'y'), lambda: b'a b'.split(maxsplit='1'),
          lambda: b'a'.split(b'', 2**70), lambda: b'a'.replace(b'a', b'b', 'x'), lambda: b'aaa'.replace(b'a', b'b', True),
          lambda: bytearray(b'a b c').split(None, 1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
