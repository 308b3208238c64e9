# _getbytevalue and PyNumber_AsSsize_t take an object with __index__ as a
# byte: bytearray.append/insert/remove, b[i] = x, bytes() and bytearray()
# of lists, tuples and iterators, find/count/in; a float is refused with
# python3's TypeError, an index out of range with its ValueError.
class C:
    def __index__(self):
        return 66
class Big:
    def __index__(self):
        return 300
class Bad:
    def __index__(self):
        return 'x'
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
b = bytearray(b'a')
t(lambda: (b.append(C()), b)[1])
t(lambda: bytes([C()]))
t(lambda: bytes((C(), 1)))
t(lambda: bytes(iter([C()])))
t(lambda: bytearray([C()]))
t(lambda: bytearray((C(),)))
t(lambda: bytearray(iter([C()])))
def s():
    b[0] = C()
    return b
t(s)
t(lambda: b.append(1.5))
t(lambda: bytes([1.5]))
t(lambda: bytearray([1.5]))
t(lambda: bytearray(iter([1.5])))
t(lambda: b.append(Big()))
t(lambda: bytes([Big()]))
t(lambda: b.append(Bad()))
t(lambda: b.insert(0, C()))
t(lambda: b'abc'.find(C()))
t(lambda: b'abBc'.count(C()))
t(lambda: C() in b'aB')
t(lambda: b'aB'.index(Big()))
t(lambda: (b.remove(C()), b)[1])
t(lambda: (b.extend([C()]), b)[1])
def s2():
    b[0] = 1.5
t(s2)
t(lambda: 1.5 in b'abc')
