# id() reuse among ints (32-byte blocks): start-up left the head pool of the
# class with a few dozen free blocks, so a hundred ints span two pools.  The
# first int's pool was full when it is freed and goes to the front; the last
# int's pool, no longer the head, keeps its freed block for later.
k = 1000003
ints = [i * k for i in range(300, 400)]
first = id(ints[0])
last = id(ints[-1])
ints[0] = None
ints[-1] = None
x = k * 7
print(id(x) == first, id(x) == last)
y = k * 11
print(id(y) == first, id(y) == last)
