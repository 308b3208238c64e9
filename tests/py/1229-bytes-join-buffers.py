# bytes.join as stringlib's join: a result of one byte made from two
# items or more is a new object (PyBytes_FromStringAndSize(NULL, 1)), not
# the one-byte singleton; past 10 items a PyMem array of one 80-byte
# Py_buffer per item lives while the result is made (tracemalloc's peak);
# a bad item is reported before the items are let go.
import sys
import tracemalloc

a = b''.join([b'x', b''])
print(a, a is b'x'[0:1], sys.getrefcount(a))
b = b'-'.join([b'a'])
print(b is b'a'[:1])
tracemalloc.start()


def m(label, f):
    tracemalloc.reset_peak()
    x = tracemalloc.get_traced_memory()[0]
    r = f()
    c, p = tracemalloc.get_traced_memory()
    print(label, c - x, p - x)
    return r


items = [b'%d' % i for i in range(30)]
m('b11', lambda: b','.join(items[:11]))
m('b10', lambda: b','.join(items[:10]))
m('b30gen', lambda: b''.join(i for i in items))
m('b1', lambda: b''.join([b'q', b'']))
m('empty', lambda: b''.join([]))
try:
    b''.join(items[:12] + [1])
except TypeError as e:
    print(e)
m('err', lambda: len([b'%d' % 5 for _ in range(3)]))
