# memoryview.tolist() whose list's allocation runs a collection whose __del__
# releases the view: python3's ValueError (unpack_single checks again).
import gc
ba = bytearray(b'abc')
m = memoryview(ba)
armed = False
log = []
class D:
    def __del__(self):
        global armed
        if armed:
            armed = False
            m.release()
            log.append('released')
gc.collect()
gc.set_threshold(2)
d = D(); d.self = d; del d
armed = True
r = m.tolist()
print(r, log)
