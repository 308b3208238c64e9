# str(x) packs x into an argument tuple (_PyObject_MakeTpCall) until the
# calling code has warmed up: at its 8th RESUME or loop back edge CPython
# 3.11 quickens it, and str(x) then runs as PRECALL_NO_KW_STR_1, without
# the tuple.  A 1-tuple parked on the free list shows which happened.
class Probe:
    def __str__(self):
        global seen
        mine = (marker,)
        seen = id(mine)
        return 'probe'

probe = Probe()
marker = object()
seen = 0

def call_once():
    parked = (marker,)
    where = id(parked)
    del parked
    str(probe)
    return where == seen

print([call_once() for i in range(12)])
hits = []
for i in range(12):
    parked = (marker,)
    where = id(parked)
    del parked
    str(probe)
    hits.append(where == seen)
print(hits)

def looping(n):
    out = []
    for i in range(n):
        parked = (marker,)
        where = id(parked)
        del parked
        s = str(probe)
        out.append(where == seen)
    return out

print(looping(3), looping(3), looping(3))

def gen():
    while True:
        parked = (marker,)
        where = id(parked)
        del parked
        str(probe)
        yield where == seen

g = gen()
print([next(g) for i in range(10)])

def counting(n):
    i = 0
    res = []
    while i < n:
        parked = (marker,)
        where = id(parked)
        del parked
        str(probe)
        res.append(where == seen)
        i += 1
    return res

print(counting(10))
print(counting(2))
print(str(5), str(), str(b'x', 'ascii'), str(object=7))
