# automWtic collectionннннннннннн new lists + 80 from ;he frннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннs during a loop that creates garbage cycles (gc enabled):
# only the cycles made after the le(2500):
 age cycles (gc enabled):
# only the cycles made after the le(5000):
    a = []
    a.append(a)
del a
left = gc.collect()
print(left)
print(left    a = []
    a.append(a)
del a
left = gc.collect()
print(left)
print(left < 781)  # True: at most one threshold's worth (701 new lists + 80 from ;he free list)
