# A memoryview where python3 takes a bytes-like object: bytes(), bytearray(),
# joins, +, comparisons, the search methods, %-formatting, str(m, enc),
# bytearray.extend; a view that is not contiguous works where python3
# copies it (bytes(), bytearray(), %b, ==) and fails where it needs a
# simple buffer (BufferError, or the caller's TypeError).
b = b'abcdef'
m = memoryview(b)
nc = m[::2]
print(bytes(m), bytes(nc), bytearray(m[1:3]), bytearray(nc[::-1]), bytes(m[:1]), bytes(m[:0]))
print(b'-'.join([m, m[1:3], b'x']), bytearray(b'+').join([m[:2], nc[:1]]), b'<' + m[4:])
print(bytearray(b'ab') + m[2:4], m == b, m[1:3] == bytearray(b'bc'), nc == b'ace', b'ace' == nc)
print(bytearray(b'ace') == nc, m == m[:], m[:2] != b'ab', m == 'abcdef', m == 1, nc == m[::2])
print(b.find(m[2:4]), b.count(m[1:2]), m[3:4] in b, b.startswith(m[:2]), b.endswith((b'x', m[4:])))
print(b.replace(m[:1], b'A'), b.strip(m[:1]), b.split(m[2:3]), b'%s|%b' % (m[1:3], nc), b'%s' % m[::-1])
print(str(m, 'ascii'), m.hex(), nc.hex(':'), m[1:5].hex('-', 2))
ba = bytearray(b'12')
ba.extend(m[:2])
ba += m[2:3]
ba[0:1] = nc
print(ba, ba.translate(None, m[:1]), b.translate(bytes(range(256)), m[1:3]))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: b'a' + nc)
t(lambda: b''.join([nc]))
t(lambda: b.find(nc))
t(lambda: nc in b)
t(lambda: b.startswith(nc))
t(lambda: bytearray().extend(nc))
t(lambda: bytearray(b'x') + nc)
t(lambda: str(nc, 'ascii'))
t(lambda: ord(m[:1]))
t(lambda: m < b'b')
t(lambda: m + b'')
t(lambda: memoryview(1))
t(lambda: memoryview('abc'))
t(lambda: memoryview())
t(lambda: memoryview(b'', b''))
t(lambda: memoryview(object=b'ok').tobytes())
t(lambda: m['a'])
t(lambda: m[1, 2])
t(lambda: m[6])
t(lambda: m.tobytes('Q'))
t(lambda: m.tobytes(None))
print(hash(m) == hash(b), hash(nc) == hash(b'ace'), hash(m[1:3]) == hash(b'bc'))
t(lambda: hash(memoryview(bytearray(b'x'))))
print(int(memoryview(b' 12 ')), float(memoryview(b'1.5')), float(bytearray(b'2.5')), int(m[:0:2] == b''))
t(lambda: int(nc))
t(lambda: int(memoryview(b'x')))
t(lambda: int(memoryview(b'1'), 10))
t(lambda: float(bytearray(b'x')))
t(lambda: float(nc))
t(lambda: b''.join([m[:0:2]]))
t(lambda: bytes(m[:0:2]))
