# BufferError, and where a bytearray raises it: `b += b` takes a view of b
# (an export) before the resize, which _canresize then refuses (b is left
# as it was); an empty b needs no resize.  The exception class itself:
# its base, args, repr, sys.getrefcount; an uncaught one's traceback.
import sys
b = bytearray(b'ab')
try:
    b += b
except BufferError as e:
    print(type(e).__name__, e, isinstance(e, Exception), BufferError.__base__)
print(b, sys.getsizeof(b))
e = bytearray()
e += e
print(e, sys.getsizeof(e))
try:
    raise BufferError('mine')
except Exception as x:
    print(repr(x), x.args)
print(sys.getrefcount(BufferError))
b += b
