# An exported bytearray refuses even an empty extended slice's deletion
# (_canresize comes first).
ba = bytearray(b'abc'); m = memoryview(ba)
try:
    del ba[5:10:2]; print('ok')
except BufferError as e: print('BufferError', e)
try:
    ba[5:10:2] = b''; print('ok')
except BufferError as e: print('BufferError', e)
