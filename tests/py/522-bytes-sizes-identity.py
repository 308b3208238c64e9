# bytes sizes and the one-byte cache
import sys
print([sys.getsizeof(bytes(n)) for n in (0, 1, 2, 15, 16, 100)])
x = b"q"
aq = b"aq"
e = b""
print(bytes([113]) is x, aq[1:] is x, x * 1 is x, (e + x) is x)
z = b"\x00"
print(bytes(1) is z, bytes(1) == z)
y = b"hello"
print(bytes(y) is y, y[:] is y, y + e is y)
print(list(b"hi"), [c for c in b"AB"], sum(b"abc"), max(b"az"))
