# A class's __bytes__: bytes(x) calls it (bytes_new_impl's
# _PyObject_LookupSpecial, before the int and iterable cases), a bytes
# subclass's own overrides bytes.__bytes__, its result must be a bytes
# ("__bytes__ returned non-bytes"), a bytes subclass's instance is returned
# as it is to bytes() and copied for a subclass; int.from_bytes and %b go
# through PyObject_Bytes and format_obj, which call it too.
import sys
class Pkt:
    def __init__(self, n):
        self.n = n
    def __bytes__(self):
        print("bytes of", self.n)
        return bytes([self.n, 1])
    def __iter__(self):
        return iter([9, 9, 9])
class B(bytes):
    def __bytes__(self):
        return b"override"
class Bad:
    def __bytes__(self):
        return "str"
class Sub(bytes):
    pass
class Gives:
    def __bytes__(self):
        return Sub(b"sub")
p = Pkt(7)
print(bytes(p), list(p), bytearray(p), int.from_bytes(p, "big"), b"<%b>" % p, b"%s" % p)
b = B(b"abc")
print(bytes(b), b"%b" % b, bytearray(b), int.from_bytes(b, "little") == int.from_bytes(b"abc", "little"))
print(Sub(b) == b"abc", Sub(p), type(Sub(p)).__name__)
g = bytes(Gives())
print(g, type(g).__name__, type(Sub(Gives())).__name__, type(B(Gives())).__name__)
for bad in (Bad(), 5.0):
    try:
        bytes(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    b"%b" % Bad()
except TypeError as e:
    print("TypeError", e)
import tracemalloc
tracemalloc.start()
c0 = tracemalloc.get_traced_memory()[0]
x = bytes(p)
c1, p1 = tracemalloc.get_traced_memory()
print(c1 - c0, p1 - c0, sys.getsizeof(x))
