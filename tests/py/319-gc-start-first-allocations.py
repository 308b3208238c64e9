# The first containers of a program come from the free lists python3's
# start-up left: the count does not rise for them.
import gc
c0 = gc.get_count()[0]
d1 = {}
c1 = gc.get_count()[0]
d2 = {}
c2 = gc.get_count()[0]
l1 = []
c3 = gc.get_count()[0]
l2 = []
c4 = gc.get_count()[0]
print(c0, c1, c2, c3, c4)
many = [[] for i in range(20)]
print(gc.get_count())
