b = bytes(range(20))
c = b * 3
d = b[1:2]
e = 'abc'.encode()
