# bytearray_ass_subscript over a slice reads the bounds, copies a value
# that is no bytearray into one (which may run code that resizes the
# bytearray), then reads the bounds again over its new size (its
# recursion: a slice bound's __index__ runs twice); a bytearray value is
# used as it is (the bounds read once).  pop() reads the size after its
# index's __index__, which may resize the bytearray.
calls = []
class I:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        calls.append(self.n)
        return self.n
ba = bytearray(b'abcdefgh')
ba[I(1):I(3)] = b'XY'
print(ba, calls)
calls.clear()
ba[I(1):I(3)] = bytearray(b'PQ')
print(ba, calls)
ba = bytearray(b'abcdefgh')
def gen():
    ba.clear()
    yield 65
ba[2:6] = gen()
print(ba)
ba = bytearray(b'abcdefgh')
def gen2():
    del ba[:]
    yield 66
try:
    ba[::2] = gen2()
except ValueError as e:
    print(e)
print(ba)
ba = bytearray(b'abcdefgh')
def gen3():
    ba.extend(b'ijkl')
    yield 67
ba[-2:] = gen3()
print(ba)
ba[1:2] = ba
print(ba)
ba = bytearray(b'abcdef')
class S:
    def __index__(self):
        ba.clear()
        return 3
try:
    ba.pop(S())
except IndexError as e:
    print(e)
ba = bytearray(b'abcdef')
class T:
    def __index__(self):
        del ba[3:]
        return -1
print(ba.pop(T()), ba)
