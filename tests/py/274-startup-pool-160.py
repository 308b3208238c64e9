# id() reuse in the 160-byte class: the head pool python3's start-up left has
# one free block and a second pool with room behind it.  The first block fills
# the head, the second comes from the pool behind; freeing both puts the full
# pool back at the front, so the next block is the first one's.
n = 120
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
