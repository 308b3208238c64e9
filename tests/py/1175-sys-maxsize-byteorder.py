# sys.maxsize and sys.byteorder: the objects _PySys_InitCore made, held by
# sys's dict and 3.11's copy of it (sys.getrefcount 3), and by the modules
# `import tracemalloc` loads; the same object at each read and through a
# from-import; arithmetic on maxsize makes new ints.
import sys
print(sys.maxsize, sys.byteorder, type(sys.maxsize).__name__)
print(sys.getrefcount(sys.maxsize), sys.getrefcount(sys.byteorder))
print(sys.getsizeof(sys.maxsize), sys.getsizeof(sys.byteorder), sys.maxsize is sys.maxsize)
big = sys.maxsize + 1
print(big, big - 1 == sys.maxsize, -sys.maxsize - 1, sys.maxsize.bit_length(), hash(sys.maxsize))
print(sys.byteorder.upper(), sys.byteorder == 'little', int.from_bytes(b'\x01\x00', sys.byteorder))
from sys import maxsize as m, byteorder
print(m is sys.maxsize, byteorder is sys.byteorder, sys.getrefcount(m), sys.getrefcount(byteorder))
del m, byteorder
import tracemalloc
print(sys.getrefcount(sys.maxsize), sys.getrefcount(sys.byteorder))
import gc
print(gc.is_tracked(sys.maxsize), gc.is_tracked(sys.byteorder))
