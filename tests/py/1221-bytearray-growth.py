# PyByteArray_Resize's growth and shrink policy, seen through
# sys.getsizeof (56 + ob_alloc): append over-allocates by size/8 + 3 (+ 6
# from 9 bytes on) while the new size is at most 1.125 x the allocation,
# else allocates size + 1; a shrink to less than half the allocation
# reallocates to size + 1, a smaller one only moves the size; clear()
# keeps a 1-byte buffer; __alloc__() is ob_alloc, __sizeof__() 56 + it.
import sys

b = bytearray()
sizes = []
for i in range(100):
    b.append(i)
    sizes.append(sys.getsizeof(b))
print(sizes)
shrink = []
while b:
    b.pop()
    shrink.append(sys.getsizeof(b))
print(shrink)
c = bytearray(b'abcdef')
c.extend(b'ghijklmnopqrstuvwxyz')
print(sys.getsizeof(c))
c += b'0123456789'
print(sys.getsizeof(c))
c *= 4
print(len(c), sys.getsizeof(c))
c.clear()
print(sys.getsizeof(c), c)
c.insert(0, 65)
print(sys.getsizeof(c), c)
d = bytearray(10)
d.extend(range(3))
print(sys.getsizeof(d))
d.extend([7] * 40)
print(sys.getsizeof(d))
d.extend(x for x in range(5))
print(sys.getsizeof(d), len(d))
d.remove(7)
print(sys.getsizeof(d), len(d))
e = bytearray(b'abc')
print(e.__alloc__(), bytearray().__alloc__(), e.__sizeof__())
e.append(1)
print(e.__alloc__(), e.__sizeof__(), sys.getsizeof(e))
for call in (lambda: e.__sizeof__(1), lambda: e.__alloc__(1)):
    try:
        call()
    except TypeError as exc:
        print(exc)
