# Operations on bytes subclasses' instances as python3's: exact bytes
# results everywhere (b + b'' and b * 1 too: the shortcuts are for exact
# bytes only, as are translate()'s and join()'s), but partition() not
# finding the separator gives self back; bytes(b) a new exact copy
# (bytes.__bytes__), bytes_new's arguments and errors for the class,
# bytes.__new__ in a class's __new__, buffers (memoryview, bytearray,
# int(), %-formatting) taking the instance.
class B(bytes): pass
b = B(b'hello')
for r in (b + b'!', b'!' + b, b + b'', b'' + b, b * 1, 1 * b, b * 0, bytes(b), b.upper(), b.replace(b'z', b'y'),
          b.strip(), b.lstrip(b'z'), b.ljust(2), b.zfill(1), b.center(3), b.translate(None), b.join([b'x']),
          b.split()[0], b.partition(b'z')[0], b.rpartition(b'z')[2], B(b'').translate(None), b.removeprefix(b'q'),
          b.expandtabs(), B(b'x') + B(b'y'), bytes(B(b'1')), bytes(B())):
    print(type(r).__name__, r, r is b)
print(B(b'ab'), B('ab', 'ascii'), B([65, 66]), B(3), B(bytearray(b'z')), B(memoryview(b'mv')), B(B(b'bb')), B())
for bad in (lambda: B('x'), lambda: B(1, 2, 3, 4), lambda: B(x=1), lambda: bytes.__new__(int), lambda: B(-1)):
    try: print(bad())
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
class C(bytes):
    def __new__(cls, n):
        self = super().__new__(cls, b'<' * n)
        self.n = n
        return self
c = C(3); print(c, c.n, type(c).__name__, bytes.__new__(C, b'zz'), bytes.__new__(bytes, b'q'))
print(b'ell' in b, 108 in b, list(B(b'ab')), [x for x in reversed(B(b'ab'))], b.find(b'l'), b.hex(), b.decode(),
      int(B(b'12')), float(B(b'1.5')))
print(memoryview(b).readonly, bytes(memoryview(b)), bytearray(b), b'%s' % B(b'pct'), B(b'%d') % 5,
      type(B(b'%d') % 5).__name__)
