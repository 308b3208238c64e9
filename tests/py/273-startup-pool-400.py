# id() reuse in the 400-byte class: python3's start-up left its head pool with
# two free blocks, so the third block comes from a new pool; a block freed in
# that pool (not the head once the first pool is back at the front) is not the
# next one handed out.
n = 360
a = bytes(n)
b = bytes(n)
c = bytes(n)
ia = id(a)
ib = id(b)
ic = id(c)
del a
del c
d = bytes(n)
print(id(d) == ia, id(d) == ic)
e = bytes(n)
print(id(e) == ia, id(e) == ic)
del b
f = bytes(n)
print(id(f) == ib, id(f) == ic)
