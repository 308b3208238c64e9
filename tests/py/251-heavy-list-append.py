# benchmark: 300000 appends and pops; the capacity sequence is that of list_resize
import sys
lst = []
resizes = 0
prev = sys.getsizeof(lst)
for i in range(300000):
    lst.append(i)
    size = sys.getsizeof(lst)
    if size != prev:
        resizes += 1
        prev = size
print(len(lst), resizes, sys.getsizeof(lst))
while len(lst) > 10:
    lst.pop()
print(len(lst), sys.getsizeof(lst))
