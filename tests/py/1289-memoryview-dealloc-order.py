# memory_dealloc's order, seen through pymalloc's per-pool LIFO free
# lists: the view is untracked and released, its managed buffer releases
# the exporter (freed first when nothing else holds it), the managed
# buffer is freed, then the view's own block.  The exporter and the views
# share a size class (a bytes of 150 bytes and a view are 184-byte
# blocks): which freed block the next objects of that class take is
# python3's.  A bytearray stays exported until its last view is released.
import gc
data = bytes(range(150))
m = memoryview(data)
ids = {'data': id(data), 'view': id(m), 'mbuf': id(gc.get_referents(m)[0])}
s = m[10:20]
ids['slice'] = id(s)
del data
del m
def who(x):
    return [k for k, v in ids.items() if v == id(x)]
print(len(s), s[0])
del s
a = bytes(150)
b = bytes(150)
c = bytes(150)
print(who(a), who(b), who(c))
ba = bytearray(b'xyz')
w = memoryview(ba)
t = w[1:]
w.release()
try:
    ba.append(1)
except BufferError as e:
    print('still exported:', e)
t.release()
ba.append(1)
print(ba)
