# int.from_bytes(bytes, byteorder='big', *, signed=False), a class method:
# the bytes taken through PyObject_Bytes (a list copied), the int made at
# the significant bytes' digits and normalized (a small result is the
# singleton, bool's called with it); its errors, refcounts and
# tracemalloc's peaks.
import sys, tracemalloc
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\x00\x10', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes([1, 2, 3], 'big'))
print(int.from_bytes(b'\x01' * 20, 'little'), int.from_bytes(b''), int.from_bytes(b'\x80', signed=True))
print(int.from_bytes(bytes=b'\x05'), (5).from_bytes(b'\x06', 'big'), bool.from_bytes(b'\x01', 'big'))
print(int.from_bytes((9, 8), 'little', signed=True), int.from_bytes(b'\xff\x00', 'big', signed=True))
print(int.from_bytes(b'\xff' * 10 + b'\x00', 'big', signed=True), int.from_bytes(iter([1, 0]), 'big'), int.from_bytes(b'\x00' * 12 + b'\x80', 'little', signed=True))
for f in [lambda: int.from_bytes('ab', 'big'), lambda: int.from_bytes(5, 'big'),
          lambda: int.from_bytes(b'a', 'x'), lambda: int.from_bytes(), lambda: int.from_bytes([256]),
          lambda: int.from_bytes(b'a', 1), lambda: int.from_bytes(b'a', 'big', True),
          lambda: int.from_bytes(b'a', byteorder='big', sign=1), lambda: int.from_bytes('ab', 'x')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(sys.getrefcount(int.from_bytes(b"\x01\x00\x00\x00\x00", "big")), int.__dict__["from_bytes"].__get__(None, int) == int.from_bytes)
tracemalloc.start()
tracemalloc.reset_peak()
z = int.from_bytes([1] * 5000, 'big')
print(tracemalloc.get_traced_memory())
w = int.from_bytes(b'\x00' * 3000 + b'\x07', 'big')
print(tracemalloc.get_traced_memory(), w)
tracemalloc.reset_peak()
s = int.from_bytes(b'\x00' * 40 + b'\x07', 'big', signed=True)
print(tracemalloc.get_traced_memory(), s)
