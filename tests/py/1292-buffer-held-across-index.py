# A buffer a C function holds while it runs Python code: bytes.replace
# takes old's and new's buffers, then count's __index__ runs; a bytearray
# argument cannot resize then (BufferError) and a memoryview argument
# cannot be released ("memoryview has 1 exported buffer"); a bytearray
# self is read after count, as it is then.
ba = bytearray(b'ab')
m = memoryview(b'ab' + b'c')
class Grow:
    def __index__(self):
        ba.append(1)
        return -1
class Rel:
    def __index__(self):
        m.release()
        return -1
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: b'xabx'.replace(ba, b'', Grow()))
t(lambda: b'xabx'.replace(b'x', ba, Grow()))
t(lambda: b'xabcx'.replace(m, b'-', Rel()))
t(lambda: ba.replace(b'a', b'', Grow()))
print(ba, m.tobytes())
m.release()
print(repr(m)[:10])
