# toreadonly(): a new read-only view on the same managed buffer (writes
# refused, hash() reaching the exporter's: a bytearray is unhashable), an
# export of its own that keeps the bytearray from resizing until it too is
# released; python3's errors for a released view and for arguments.
import gc
ba = bytearray(b'abc')
m = memoryview(ba)
r = m.toreadonly()
print(r.readonly, r.tobytes(), gc.get_referents(r)[0] is gc.get_referents(m)[0], r.obj is ba)
try:
    r[0] = 1
except TypeError as e:
    print(e)
try:
    hash(r)
except TypeError as e:
    print(e)
rb = memoryview(b'xy').toreadonly()
print(hash(rb) == hash(b'xy'), rb.toreadonly().readonly)
m.release()
try:
    m.toreadonly()
except ValueError as e:
    print(e)
try:
    ba.append(1)
except BufferError as e:
    print(e)
r.release()
ba.append(1)
print(ba)
try:
    m.toreadonly(1)
except TypeError as e:
    print(e)
