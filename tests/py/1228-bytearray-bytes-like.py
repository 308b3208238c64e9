# A bytearray where python3 takes any bytes-like object: bytes' methods
# and operators, int.from_bytes, int(), ord(), str(obj, encoding), bytes
# %-formatting, the fill of bytes.center; and the tracemalloc peaks of
# joins (more than 10 items too), conversions, iteration and the copy a
# slice assignment of a bytes value makes.
import tracemalloc

ba = bytearray(b'\x01\x02')
print(int.from_bytes(ba, 'big'), int.from_bytes(bytearray(), 'little'))
try:
    print(str(bytearray(b'h\xc3\xa9'), 'utf-8'), str(bytearray(b'abc'), encoding='ascii'))
except Exception as e:
    print(type(e).__name__, e)
print(b'xab'.startswith(bytearray(b'x')), b'abc'.find(bytearray(b'b')), b'a,b'.split(bytearray(b',')),
      b'abc'.strip(bytearray(b'a')))
print(b'abc'.count(bytearray(b'b')), b'ab' == bytearray(b'ab'), b'a' in [bytearray(b'a')],
      bytearray(b'a') in [b'a'])
print(b'abc'.replace(bytearray(b'b'), bytearray(b'X')), b'a-b'.partition(bytearray(b'-')))
print(bytes.maketrans(bytearray(b'a'), b'b'), b'abc'.translate(None, bytearray(b'a')))


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: ord(bytearray(b'a')))
t(lambda: ord(bytearray(b'ab')))
t(lambda: ord(bytearray()))
t(lambda: int(bytearray(b' 42 ')))
t(lambda: int(bytearray(b'ff'), 16))
t(lambda: int(bytearray(b'4x2')))
t(lambda: b'ab'.center(6, bytearray(b'*')))
t(lambda: b'ab'.ljust(6, bytearray(b'**')))
t(lambda: bytearray(3) == bytes(3))
tracemalloc.start()


def m(label, f):
    tracemalloc.reset_peak()
    a = tracemalloc.get_traced_memory()[0]
    r = f()
    c, p = tracemalloc.get_traced_memory()
    print(label, c - a, p - a)
    return r


items = [bytearray(b'%d' % i) for i in range(20)]
m('join20', lambda: bytearray(b',').join(items))
m('bjoin20', lambda: b','.join(items))
m('join5', lambda: bytearray(b',').join(items[:5]))
m('tuplejoin', lambda: bytearray().join(tuple(items)))
m('genjoin', lambda: bytearray().join(x for x in items))
m('ba-of-ba', lambda: bytearray(items[3]))
m('bytes-of-ba', lambda: bytes(bytearray(b'q')))
m('lst', lambda: list(bytearray(b'abc')))
m('tuple', lambda: tuple(bytearray(b'abc')))
m('sorted', lambda: sorted(bytearray(b'cab')))
m('strs', lambda: str(bytearray(b'xyz')))
m('fmt', lambda: b'%s-%s' % (bytearray(b'q'), bytearray(b'r')))
m('eq', lambda: bytearray(b'a'*100) == bytearray(b'a'*100))
m('iter-in', lambda: 3 in bytearray(range(10)))
m('hex', lambda: bytearray(range(50)).hex())
m('split', lambda: bytearray(b'a b c d e f g h i j k l m n').split())
m('split-sep', lambda: bytearray(b'a,b,c').split(b','))
m('strip', lambda: bytearray(b'  x  ').strip())
m('lower', lambda: bytearray(b'ABC').lower())
m('setitem-bytes', lambda: bytearray(b'abcdef').__setitem__(slice(0, 2), b'xyz'))
