# Conversions and builtins with float, int, str and tuple subclasses'
# instances: float() of an int subclass (long_float: no __float__ of its
# own), divmod of a float subclass, the inherited methods (to_bytes,
# from_bytes and fromhex making the subclass), bytes(s, enc), formatting.
class E(int): pass
class F(float): pass
class S(str): pass
class T(tuple): pass
e, f = E(4), F(2.5)
print(float(e), e / 2, e ** 0.5, f // 1, divmod(f, 1), round(f), round(e, -1), complex(e), complex(f), abs(F(-1.0)))
print(e.__float__(), f.__int__(), e.__index__(), int.__add__(e, 1), float.__mul__(f, 2))
print(e.to_bytes(2, 'big'), E.from_bytes(b'\x01\x00', 'big'), type(E.from_bytes(b'\x01', 'big')).__name__, f.hex(), F.fromhex('0x1p1'), type(F.fromhex('0x1p1')).__name__)
print(S('a').join(['x', 'y']), S('ab').encode(), bytes(S('ab'), 'ascii'), list(reversed(T((1, 2)))), T((1, 2)).__getnewargs__() if False else 0)
print(sorted({S('b'), S('a')}), set(T((1, 1))), dict.fromkeys(T(('a',))), S('%d') % e, '%s' % (T((1, 2)),), '{0[1]}'.format(T((5, 6))))
