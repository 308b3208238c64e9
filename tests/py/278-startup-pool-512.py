# id() reuse in the 512-byte class: twenty free blocks in start-up's head pool;
# of thirty bytes objects the last ones live in a pool of their own.
n = 470
objs = [bytes(n) for _ in range(30)]
first = id(objs[0])
last = id(objs[-1])
objs[0] = None
objs[-1] = None
b = bytes(n)
print(id(b) == first, id(b) == last)
del objs
c = bytes(n)
print(id(c) == first, id(c) == last)
