# int.to_bytes(length=1, byteorder='big', *, signed=False): values, byte
# orders and two's complement, the clinic's keyword parsing and its errors
# (OverflowError when the value does not fit, after the bytes were made;
# byteorder and length checked first), refcounts and tracemalloc's peaks.
import sys, tracemalloc
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (0).to_bytes(0, 'big'))
print((-1).to_bytes(2, 'big', signed=True), (-128).to_bytes(1, 'big', signed=True))
print((255).to_bytes(), (7).to_bytes(length=3, byteorder='little'), True.to_bytes(2, 'little'))
print((2**70).to_bytes(9, 'big'), (-2**70).to_bytes(10, 'little', signed=True))
for f in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'),
          lambda: (128).to_bytes(1, 'big', signed=True), lambda: (-129).to_bytes(1, 'big', signed=True),
          lambda: (1).to_bytes(1, 'middle'), lambda: (1).to_bytes(-1, 'big'), lambda: (1).to_bytes(1, 5),
          lambda: (1).to_bytes('x'), lambda: (1).to_bytes(1, 'big', True), lambda: (1).to_bytes(foo=1),
          lambda: (1).to_bytes(0), lambda: (1).to_bytes(2**64), lambda: (1).to_bytes(-1, 'middle')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
x = (12345).to_bytes(4, 'big')
print(sys.getrefcount(x), sys.getrefcount((65).to_bytes(1, 'big')))
print(int.__dict__['to_bytes'] is int.to_bytes, int.to_bytes(5, 2), (5).to_bytes.__name__)
tracemalloc.start()
tracemalloc.reset_peak()
y = (2**100).to_bytes(20, 'big')
print(tracemalloc.get_traced_memory())
try:
    (2**1000).to_bytes(50000, 'big') and (2**100000).to_bytes(5000)
except OverflowError as e:
    print(e)
print(tracemalloc.get_traced_memory())
