# Ints made from addresses: python3 (Debian's, not position-independent)
# mallocs type objects and blocks over 512 bytes in its brk heap, below
# 1 GiB, so their id() has one 30-bit digit (28 bytes); pymalloc's arenas
# are mmap'd at 0x7f…, two digits (32 bytes).  hash() of an object is its
# address rotated by 4 bits.
import sys


class C:
    pass


class D(C):
    pass


big = bytes(600)
small = bytes(10)
items = [None] * 100
print(sys.getsizeof(id(C)), sys.getsizeof(id(D)), sys.getsizeof(id(big)))
print(sys.getsizeof(id(small)), sys.getsizeof(id(items)), sys.getsizeof(id(object())))
print(sys.getsizeof(hash(C)), sys.getsizeof(hash(D)), sys.getsizeof(hash(object())))
print(id(C) < 2 ** 30, id(D) < 2 ** 30, id(big) < 2 ** 30, id(small) < 2 ** 30)
print(id(C) % 16, id(big) % 16)
