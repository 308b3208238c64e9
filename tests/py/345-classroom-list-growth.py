# Classroom: list over-allocation seen through sys.getsizeof while appending and popping.
import sys
lst = []
prev = sys.getsizeof(lst)
print(0, prev)
for i in range(40):
    lst.append(i)
    size = sys.getsizeof(lst)
    if size != prev:
        print(len(lst), size)
        prev = size
while lst:
    lst.pop()
    size = sys.getsizeof(lst)
    if size != prev:
        print("pop", len(lst), size)
        prev = size
print(sys.getsizeof([1, 2, 3]), sys.getsizeof(list(range(3))), sys.getsizeof([i for i in range(3)]))
print(sys.getsizeof([None] * 10), sys.getsizeof([0] * 100))
a = [1, 2, 3]
a.extend(range(10))
print(sys.getsizeof(a))
a.insert(0, 5)
print(sys.getsizeof(a))
b = a[:]
print(sys.getsizeof(b), b == a, b is a)
