# Startup leaves a slice in CPython's one-slice cache: the first slice a
# script makes takes that block (no new GC object), the second does not.
import gc
t = (1, 2, 3, 4)
a = gc.get_count()
y = t[1:3]
b = gc.get_count()
s1 = slice(0, 2)
c = gc.get_count()
del y
s2 = slice(1, None, 2)
d = gc.get_count()
print(a, b, c, d)
print(t[s1], t[s2], s1, s2)
del s1
e = gc.get_count()
z = [0, 1, 2, 3][::2]
print(e, gc.get_count(), z)
