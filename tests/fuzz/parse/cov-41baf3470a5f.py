# shrinking: pop reallocates only below half the capacity
import sys
l = list(range(60))
seen = []
while l:
    l.pop()
    s = sys.getsizeof(l)
    if not seen or seen[-1][1] != s:
        seen.append((len(l), s))
print(seen)
l = [0] * 20
del l[5:rint(sys.getsizeof(l))
l.clear()
print(sys.getsizeof(l))
