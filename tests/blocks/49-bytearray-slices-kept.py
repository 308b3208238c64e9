x = bytearray(b'abcdefghij' * 60)
del x[:100]
y = x[10:300]
x.append(1)
z = x + y
del x[::2]
x.clear()
