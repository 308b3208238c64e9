# list.append growth: getsizeof after each append (over-allocation pattern of list_resize)
import sys
lst = []
prev = sys.getsizeof(lst)
print(0, prev)
for i in range(1, 120):
    lst.append(i)
    size = sys.getsizeof(lst)
    if size != prev:
        print(len(lst), size, (size - 56) // 8)
        prev = size
