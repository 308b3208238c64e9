# UTF-8 decoding and encoding as 3.11 allocates: decode makes an ASCII str
# of len(bytes) characters, and at the first non-ASCII character that str
# becomes a _PyUnicodeWriter's buffer, remade wider (same length) at each
# wider character class, then cut to the length (a one-character latin-1
# result is the cached str); encode of a non-ASCII str asks its bytes
# writer for 2, 3 or 4 bytes a character: past 512 that is a bytes object,
# cut to size at the end.  Latin-1 and ASCII are exact.
import sys
import tracemalloc

s = 'hello world'; u = 'h\xe9llo w\xf6rld'; e = 'euro \u20ac sign'; x = 'smile \U0001f600'
mixed = 'a\xe9\u20ac\U0001f600z'
bs = s.encode(); bu = u.encode(); be = e.encode(); bx = x.encode(); bm = mixed.encode()
tracemalloc.start()
cases = [
    lambda: s.encode(), lambda: u.encode(), lambda: e.encode(), lambda: x.encode(),
    lambda: bs.decode(), lambda: bu.decode(), lambda: be.decode(), lambda: bx.decode(),
    lambda: bm.decode(), lambda: (bm * 40).decode(), lambda: bu.decode('utf-8'),
    lambda: s.encode('ascii'), lambda: u.encode('latin-1'), lambda: b'\xe9t\xe9'.decode('latin-1'),
    lambda: (s * 50).encode(), lambda: (e * 50).encode(), lambda: (u * 30).encode(),
    lambda: (x * 60).encode(), lambda: (mixed * 100).encode('utf-8'), lambda: (bu * 50).decode(),
    lambda: b''.decode(), lambda: b'a'.decode(), lambda: b'\xc3\xa9'.decode(),
    lambda: b'\xe2\x82\xac'.decode(), lambda: str(bu, 'utf-8'), lambda: bytes(e * 200, 'utf-8'),
    lambda: ('\xe9' * 300).encode('latin-1'), lambda: ('\xe9' * 256).encode(),
]
for i, case in enumerate(cases):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    r = case()
    c1, p1 = tracemalloc.get_traced_memory()
    print(i, len(r), sys.getsizeof(r), c1 - c0, p1 - c0)
ch = 'x\xe9a'
print(b'\xc3\xa9'.decode() is ch[1], b'a'.decode() is ch[2])
for bad in [b'ab\xff', b'\xc3', b'abc\xe2\x82', b'\xe2\x82a', b'\xf0\x9f\x98z', b'\xed\xa0\x80', b'\xc0\xaf']:
    try:
        bad.decode()
    except UnicodeDecodeError as err:
        print(err)
