# An uncaught error from a bytearray method: python3's traceback.
b = bytearray(b'ab')
b.pop()
b.pop()
print(b, len(b))
b.pop()
