# Writing through a bytearray's memoryview: one element (an int 0..255 or
# an object with __index__), a slice of the same length (bytes, bytearray
# or another view, strided or not), and python3's errors: read-only memory,
# deletion, bad values and types, a length mismatch, bad keys.
class Ix:
    def __index__(self):
        return 90
ba = bytearray(b'abcdef')
m = memoryview(ba)
m[0] = 65
m[-1] = Ix()
m[1:3] = b'xy'
m[3:5] = bytearray(b'PQ')
print(ba)
m[::2] = b'123'
print(ba)
m[0:3] = memoryview(b'ABCDEF')[::2]
print(ba, m.tobytes(), m[1:4].tolist())
m[1:3][0] = 33
print(ba)
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
def setter(key, value, view=m):
    def f():
        view[key] = value
    return f
t(setter(0, 256))
t(setter(0, -1))
t(setter(0, 1.5))
t(setter(0, b'a'))
t(setter(6, 1))
t(setter(-7, 1))
t(setter(slice(0, 2), b'xyz'))
t(setter(slice(None, None, 2), b'xy'))
t(setter(slice(0, 2), 5))
t(setter('a', 1))
t(setter((0, 1), 1))
t(setter(0, 1, memoryview(b'abc')))
t(setter(slice(0, 1), b'a', memoryview(b'abc')))
def delete():
    del m[0]
t(delete)
print(ba)
