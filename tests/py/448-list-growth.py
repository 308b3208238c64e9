# Watching a list grow: getsizeof after every append, with the capacities it implies.
import sys

lst = []
last = sys.getsizeof(lst)
print(0, last)
for i in range(70):
    lst.append(i)
    size = sys.getsizeof(lst)
    if size != last:
        print(len(lst), size, (size - 56) // 8)
        last = size
while lst:
    lst.pop()
    size = sys.getsizeof(lst)
    if size != last:
        print("pop", len(lst), size)
        last = size
a = list(range(10))
b = [i for i in range(10)]
c = [0] * 10
d = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))
e = []
e.extend(range(10))
f = []
f += [1] * 10
print(sys.getsizeof(e), sys.getsizeof(f))
g = a[:5]
h = a + b
print(sys.getsizeof(g), sys.getsizeof(h))
