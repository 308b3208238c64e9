# What tracemalloc sees of bytearrays, as python3's: the object (56
# bytes) and its buffer as two blocks, the peaks of slicing, +, *, join,
# decode, repr (its PyObject_Malloc'd text buffer), extend's scratch
# bytearray, the block a logical start makes, a buffer past 512 bytes.
import tracemalloc

tracemalloc.start()


def measure(label, f):
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    r = f()
    now, peak = tracemalloc.get_traced_memory()
    print(label, now - before, peak - before)
    return r


b = measure('new', lambda: bytearray(b'hello world' * 3))
measure('empty', lambda: bytearray())
measure('zeros-600', lambda: bytearray(600))
measure('list', lambda: bytearray([1, 2, 3, 4]))
measure('range', lambda: bytearray(range(20)))
measure('str', lambda: bytearray('h\xe9llo', 'utf-8'))
measure('slice', lambda: b[2:9])
measure('step-slice', lambda: b[::3])
measure('add', lambda: b + b'xyz')
measure('radd', lambda: b'xyz' + b)
measure('mul', lambda: b * 3)
measure('join', lambda: bytearray(b', ').join([b'a', b'bc', bytearray(b'd')]))
measure('decode', lambda: b.decode())
measure('decode-utf8', lambda: bytearray('h\xe9llo w\xf6rld', 'utf-8').decode('utf-8'))
measure('repr', lambda: repr(b))
measure('upper', lambda: b.upper())
measure('split', lambda: b.split())
measure('bytes', lambda: bytes(b))
measure('list-of', lambda: list(b))


def appends():
    x = bytearray()
    for i in range(100):
        x.append(i)
    return x


def extends():
    x = bytearray(b'ab')
    x.extend([1, 2, 3])
    x.extend(range(50))
    x.extend(b'xyz' * 100)
    return x


def deletes():
    x = bytearray(b'a' * 300)
    del x[:10]
    del x[:200]
    x.append(1)
    x[0:3] = b'ABCDEFGH'
    return x


def big():
    x = bytearray(b'x' * 1000) + bytearray(2000)
    x += x[:600]
    return len(x)


measure('append', appends)
measure('extend', extends)
measure('delete', deletes)
measure('big', big)
