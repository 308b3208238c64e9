import sys
v = [31]
del v[:1]
print(sys.getsizeof(v))
v.insert(0, 5)
print(sys.getsizeof(v))
w = [1, 2, 3]
w[:] = []
print(sys.getsizeof(w), w)
x = [1, 2, 3, 4, 5]
del x[1:3]
print(sys.getsizeof(x), x)
y = [1, 2]
y[0:2] = ()
print(sys.getsizeof(y))
