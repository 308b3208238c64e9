x = bytearray()
for i in range(100):
    x.append(i)
