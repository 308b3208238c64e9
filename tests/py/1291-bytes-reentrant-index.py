# What runs Python code in the middle of a bytes method or a view's
# subscript: the search bounds' __index__ runs before the argument is read
# as bytes (parse_args_finds: its TypeError first), and may release a view
# or shrink a bytearray self first; a key's or a value's __index__ that
# releases the view is python3's ValueError, never a read of freed memory.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: b'abc'.find(1.5, 'x'))
t(lambda: b'abc'.count('s', 'x'))
t(lambda: b'abc'.replace(1, b'', 'x'))
t(lambda: b'abc'.replace(b'a', b'', 'x'))
t(lambda: b'abc'.startswith(1, 'x'))
ba = bytearray(b'abcdef')
class Shrink:
    def __index__(self):
        ba.clear()
        return 5
t(lambda: ba.find(b'f', 0, Shrink()))
t(lambda: ba.count(b'', 0, Shrink()))
m = memoryview(b'abc')
class Rel:
    def __index__(self):
        m.release()
        return 1
t(lambda: b'abcabc'.find(m, Rel()))
t(lambda: b'abcabc'.replace(m, b'x', Rel()))
t(lambda: b'abcabc'.startswith(m, Rel()))
print(repr(m).startswith('<released memory at 0x'))
ba = bytearray(b'abc')
m = memoryview(ba)
class RelIdx:
    def __index__(self):
        m.release()
        return 0
def t2(f):
    global m
    m = memoryview(ba)
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t2(lambda: m[RelIdx()])
def s1(): m[RelIdx()] = 1
t2(s1)
def s2(): m[0] = RelIdx()
t2(s2)
def s3(): m[RelIdx():2] = b'xy'
t2(s3)
t2(lambda: m[RelIdx():2].tobytes())
t2(lambda: m.hex(':', RelIdx()))
t2(lambda: m.tobytes())
print(ba)
t2(lambda: ba.append(1))
print(ba)
