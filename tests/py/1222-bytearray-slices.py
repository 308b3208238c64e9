# Indexing, slicing (a new bytearray) and item and slice assignment and
# deletion, with the resize each makes: deleting from the front moves the
# logical start (ob_start) and keeps the buffer until a resize makes a new
# block at the start; an extended slice deletes in place.
import sys

b = bytearray(b'abcdefghijklmnopqrstuvwxyz')
print(b[0], b[-1], b[3:7], b[::5], b[20:3:-4], b[100:], sys.getsizeof(b[2:4]), sys.getsizeof(b[5:5]))
b[0] = 65
b[-1] = 90
print(b)
del b[:3]
print(b, sys.getsizeof(b))
del b[0]
print(b, sys.getsizeof(b))
b.append(33)
print(b, sys.getsizeof(b))
del b[:15]
print(b, sys.getsizeof(b))
b[0:2] = b'0123456789'
print(b, sys.getsizeof(b))
b[1:9] = b'-'
print(b, sys.getsizeof(b))
b[2:2] = [1, 2, 3]
print(b, sys.getsizeof(b))
b[::2] = bytes(len(b[::2]))
print(b, sys.getsizeof(b))
del b[::3]
print(b, sys.getsizeof(b))
del b[::-2]
print(b, sys.getsizeof(b))
b[3:3] = b
print(b, sys.getsizeof(b))
b[-1:] = bytearray(b'end')
print(b, sys.getsizeof(b))
del b[1]
print(b)
for bad in ('x', 1.0):
    try:
        b[bad]
    except TypeError as e:
        print(e)
try:
    b[99]
except IndexError as e:
    print(e)
try:
    b[-99] = 1
except IndexError as e:
    print(e)
try:
    b[0] = 300
except ValueError as e:
    print(e)
try:
    b[0] = 'a'
except TypeError as e:
    print(e)
try:
    b[0:1] = 7
except TypeError as e:
    print(e)
try:
    b[0:1] = 'str'
except TypeError as e:
    print(e)
try:
    b[::2] = b'xy'
except ValueError as e:
    print(e)
try:
    del b[50]
except IndexError as e:
    print(e)
