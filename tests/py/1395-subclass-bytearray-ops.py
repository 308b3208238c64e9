# Operations on bytearray subclasses' instances as python3's: the results
# of +, *, copy(), slicing and the shared bytes methods are exact
# bytearrays, bytes(a) a bytes; the class's fromhex calls the class
# (bytes' too); bytearray.__new__ (PyType_GenericNew) ignores its
# arguments and bytearray.__init__ (again at each call) takes them, its
# errors named bytearray(); buffers (memoryview, int(), float(), %)
# take the instance.
class BA(bytearray): pass
class B(bytes): pass
a = BA(b'@Hllo!?hello!')
for r in (a + b'!', b'!' + a, a * 1, a.copy(), a.upper(), a.strip(), a.partition(b'q')[0], a.translate(None),
          a.join([b'x']), bytes(a), bytearray(a), BA.fromhex('4142'), a.replace(b'z', b'y'), a.split()[0],
          B.fromhex('41 42'), BA.fromhex('')):
    print(type(r).__name__, r, r is a)
print(BA(b'ab'), BA('ab', 'ascii'), BA([65, 66]), BA(3), BA(memoryview(b'mv')), BA(BA(b'bb')), BA())
for bad in (lambda: BA('x'), lambda: BA(1, 2, 3, 4), lambda: BA(x=1), lambda: bytearray.__new__(int), lambda: BA(-1)):
    try: print(bad())
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
class C(bytearray):
    def __init__(self, n):
        super().__init__(b'<' * n)
        self.n = n
c = C(3); print(c, c.n, bytearray.__new__(C), bytearray.__new__(bytearray), bytearray.__new__(BA, 5))
c.__init__(1); print(c)
class D(bytes):
    def __new__(cls, v):
        print('new', v)
        return super().__new__(cls, v)
print(D.fromhex('43'))
print(memoryview(a).readonly, int(BA(b'12')), float(BA(b'2.5')), BA(b'%d') % 5, type(BA(b'%d') % 5).__name__)
