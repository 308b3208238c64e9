# bytes.partition holds its separator's buffer while it makes the parts: a
# __del__ a collection runs then cannot release the memoryview separator
# (BufferError, ignored) nor resize its bytearray.
import gc
ba = bytearray(b'o w')
m = memoryview(ba)
armed = False
log = []
class D:
    def __del__(self):
        global armed
        if armed:
            armed = False
            log.append('a')
            m.release()
            log.append('b')
            ba.clear()
            log.append('c')
            ba.extend(b'z' * 100000)
            log.append('d')
x = b'hello world hello'
gc.collect()
gc.set_threshold(2)
d = D(); d.self = d; del d
armed = True
r = x.partition(m)
print(r[0], type(r[1]).__name__, r[2], log)
