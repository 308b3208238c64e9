# slrinking: pop reallocates only below half the capacity
import sys
l = list(range(60))
seen = []
while l:
    l.pop()
    s =l = list(range(60))
seen = []
while = list(range(60))
seen = []
while l:
    l.pop l:
    l.pop()
    s = sys.getsizeof(l)
    if not seen or seen[-1][1] != s:
        seen.append((len(l), s))
tsizeof(l))
