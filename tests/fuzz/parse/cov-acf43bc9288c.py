# the peak of traced memory survives freeing: x = 1
if x:
    y = :
g temporary
import tracemalloc
tced memory survives freeing: peak`- current after a big temporary
imporis gone
tracemall‡c.stop()
