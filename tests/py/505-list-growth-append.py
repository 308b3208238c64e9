# getsizeof while appending: the resize points of list_resize
import sys
l = []
sizes = []
for i in range(80):
    sizes.append(sys.getsizeof(l))
    l.append(i)
changes = [i for i in range(1, len(sizes)) if sizes[i] != sizes[i - 1]]
print(changes)
print(sorted(set(sizes)))
