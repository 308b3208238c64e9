# release(), the with statement, and a released view: every operation is
# python3's ValueError, its repr says released, == compares identity, a
# hash computed before stays; the managed buffer lets the exporter go only
# when the last view registered with it is released.
import sys, gc
b = b'abcdef'
m = memoryview(b)
s = m[2:]
h = hash(s)
mb = gc.get_referents(m)[0]
m.release()
m.release()
print(repr(m).startswith('<released memory at 0x'), sys.getrefcount(b), gc.get_referents(mb)[0] is b)
s.release()
print(sys.getrefcount(b), gc.get_referents(mb), gc.is_tracked(mb), gc.is_tracked(m))
print(hash(s) == h, m == m, m == s, m != b'abcdef', s == b'cdef')
def t(f):
    try:
        print(repr(f()))
    except ValueError as e:
        print('ValueError:', e)
t(lambda: len(m))
t(lambda: m[0])
t(lambda: m[0:1])
t(lambda: m.tobytes())
t(lambda: m.tolist())
t(lambda: m.hex())
t(lambda: m.obj)
t(lambda: m.nbytes)
t(lambda: m.shape)
t(lambda: m.readonly)
t(lambda: m.format)
t(lambda: bytes(m))
t(lambda: bytearray(m))
t(lambda: memoryview(m))
t(lambda: hash(memoryview(b'x')[:0]))
t(lambda: b'ab'.find(m))
t(lambda: m.__enter__())
def w():
    with m:
        pass
t(w)
with memoryview(b) as q:
    print(q.tobytes(), sys.getrefcount(b))
print(sys.getrefcount(b), repr(q).startswith('<released'))
t(lambda: len(q))
ba = bytearray(b'xy')
v = memoryview(ba)
v.release()
def s2():
    v[0] = 1
t(s2)
t(lambda: hash(memoryview(ba)))
