# set, frozenset, bytes and bytearray among several bases and with
# __slots__: python3's lay-out conflicts, a mixin first (the builtin
# base laid out, its slots kept: a set subclass's __iter__, __len__ and
# __contains__ do not change set(s), s | t or ==), __weakref__ refused in
# a frozenset subclass's __slots__ (set's own weakreflist), __dict__
# alone, a bytearray subclass's subclass adding a slot.
import sys
class M:
    def hello(self): return 'hi ' + type(self).__name__
class Y(M, set): pass
class Z(M, bytes): pass
class W(M, bytearray): pass
class V(frozenset, M): pass
y = Y([1]); z = Z(b'z'); w = W(b'w'); v = V([2])
print(y, z, w, v, y.hello(), z.hello(), w.hello(), v.hello())
print(sys.getsizeof(y), sys.getsizeof(z), sys.getsizeof(w), sys.getsizeof(v))
print(Y.__mro__, Z.__mro__)
class S2(set):
    def __iter__(self): return iter([9])
    def __len__(self): return 7
    def __contains__(self, k): return True
s = S2([1, 2])
print(sorted(set(s)), len(s), 5 in s, sorted(s | {3}), list(s), sorted(frozenset(s)), s == {1, 2})
class BB(bytes):
    def __getitem__(self, i): return 'item'
    def __len__(self): return 1
b = BB(b'xy')
print(b[0], len(b), list(reversed(b)), b + b'', bytes(b), b.upper(), list(b))
try:
    class X(set, frozenset): pass
except TypeError as e: print(e)
try:
    class X(bytes, int): pass
except TypeError as e: print(e)
try:
    class X(bytearray, list): pass
except TypeError as e: print(e)
try:
    class X(bytes, bytearray): pass
except TypeError as e: print(e)
try:
    class X(set, dict): pass
except TypeError as e: print(e)
class A(bytearray): pass
class B(A): __slots__ = ('q',)
b = B(b'1'); b.q = 5; b.z = 1
print(b, b.q, b.z)
try:
    class C(frozenset): __slots__ = ('__weakref__',)
except TypeError as e: print(e)
class C(frozenset): __slots__ = ()
class D(set): __slots__ = ('__dict__',)
d = D(); d.k = 1; print(d.__dict__)
print(sys.getsizeof(C()), sys.getsizeof(D()), sys.getsizeof(B()))
