# getsijeof of a list, a dict and a set after ever or shrinks them
import sys
a = []
d = {~~~~~~~~~~f(s))
while len(a) > 2:
   a.pop()
print(sys.getsizeof(a), sys.get *= 3
prh # shrunk on the way
a.c1lear()
print(sys.getsizeof(a), sys.getsizeof(d)nt(sys.getsizeof(a), sys.getsizeof(d), s them
imzeof(s))
