# OSError, ConnectionError and BrokenPipeError (what a write to a closed
# pipe raises): sizes, errno and strerror from two arguments, str and repr,
# OSError(32, ...) made a BrokenPipeError as CPython's errno map does.
import sys

print(sys.getsizeof(OSError()), sys.getsizeof(ValueError()), sys.getsizeof(BrokenPipeError()))
try:
    raise BrokenPipeError(32, "Broken pipe")
except OSError as e:
    print(repr(e), e.args, str(e), e.errno, e.strerror, e.filename, e.filename2)
e = OSError(32, 'x')
print(type(e).__name__, e, repr(e), isinstance(e, ConnectionError))
e = OSError(5, "Input/output error")
print(type(e).__name__, e, e.errno)
e = OSError('plain')
print(type(e).__name__, e, e.errno, e.strerror, e.args)
e = BrokenPipeError()
print(e, repr(e), e.errno)
print(BrokenPipeError.__base__.__name__, ConnectionError.__base__.__name__, OSError.__base__.__name__)
print(issubclass(BrokenPipeError, OSError), issubclass(OSError, ConnectionError))
try:
    raise ConnectionError(1, 'one', )
except BrokenPipeError:
    print('not here')
except OSError as e:
    print('caught', type(e).__name__, e)
raise BrokenPipeError(32, 'Broken pipe')
