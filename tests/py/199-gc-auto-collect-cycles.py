# automatic collections during a loop that creates garbage cycles (gc enabled):
# only the cycles made after the last automatic collection are left for gc.collect()
import gc
gc.collect()
for i in range(5000):
    a = []
    a.append(a)
del a
left = gc.collect()
print(left)
print(left < 781)  # True: at most one threshold's worth (701 new lists + 80 from the free list)
