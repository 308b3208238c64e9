# list.pop shrinks the allocation only when the length falls below half of it
import sys
lst = []
for i in range(40):
    lst.append(i)
prev = sys.getsizeof(lst)
print(len(lst), prev)
while lst:
    lst.pop()
    size = sys.getsizeof(lst)
    if size != prev:
        print(len(lst), size)
        prev = size
lst = list(range(100))
del lst[10:]
print(len(lst), sys.getsizeof(lst))
lst.clear()
print(sys.getsizeof(lst))  # 56: clear frees the item array
