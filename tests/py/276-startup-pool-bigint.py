# id() reuse among 48-byte blocks (ints of 2**62 and more): start-up left some
# 145 free blocks in the class's only pool, so 200 such ints end in a new pool.
base = 1 << 62
big = [base + i for i in range(200)]
first = id(big[0])
last = id(big[-1])
big[0] = None
big[-1] = None
x = base + 1000
print(id(x) == first, id(x) == last)
y = base + 2000
print(id(y) == first, id(y) == last)
