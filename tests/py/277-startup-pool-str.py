# id() reuse among short strs (64-byte blocks): start-up left about 90 free
# blocks in the class's head pool, so 150 strs of 9 characters span two pools.
strs = ["%09d" % i for i in range(150)]
first = id(strs[0])
last = id(strs[-1])
strs[0] = None
strs[-1] = None
s = "%09d" % 777
print(id(s) == first, id(s) == last)
t = "%09d" % 888
print(id(t) == first, id(t) == last)
