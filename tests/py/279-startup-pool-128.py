# id() reuse in the 128-byte class: as for 160 bytes, start-up's head pool has
# one free block and a second pool behind it, so a freed block of the second
# pool waits while the first pool, full when its block was freed, serves next.
n = 90
a = bytes(n)
b = bytes(n)
ia = id(a)
ib = id(b)
del a
del b
c = bytes(n)
print(id(c) == ia, id(c) == ib)
d = bytes(n)
print(id(d) == ia, id(d) == ib)
