# __del__ of objects in cycles runs during the automatic collections:
# which iteration the first finalizer runs at depends on the counts the
# start-up left.
import gc
log = []
class Node:
    def __init__(self, i):
        self.i = i
        self.me = self
    def __del__(self):
        log.append(self.i)
for i in range(1500):
    Node(i)
print(len(log), log[:3])
print(gc.get_count())
print(gc.collect())
print(len(log))
