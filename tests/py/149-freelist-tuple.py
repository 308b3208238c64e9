# tuple free lists are per length: a freed 2-tuple is reused only by a 2-tuple
n = 12345
t2 = (n, n)
i2 = id(t2)
del t2
t3 = (n, n, n)
print(id(t3) == i2)  # False: different length
t2b = (n, 0)
print(id(t2b) == i2)  # True
u = (n, 1, 2)
iu = id(u)
del u
del t3
v = (n, 7, 7)
print(id(v) == iu)  # False: LIFO, v takes the block of t3 (freed last)
w = (n, 8, 8)
print(id(w) == iu)  # True: then w takes the block of u
