# ints and strs have no free list, but pymalloc's LIFO block reuse recycles the address
n = int("1000000")
a = n + 1
i = id(a)
del a
b = n + 2
print(id(b) == i)  # True: same 32-byte block
class K:
    pass
k = K()
ik = id(k)
del k
k2 = K()
print(id(k2) == ik)  # True
rep = int("5")
s = "abc" * rep
js = id(s)
del s
s2 = "xyz" * rep
print(id(s2) == js)  # True: same 64-byte size class
s3 = "q" * (rep * 3)
print(id(s3) == js)  # False: s2 still occupies that block, s3 gets another 64-byte block
