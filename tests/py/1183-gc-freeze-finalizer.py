# gc.freeze() and gc.unfreeze() called by a __del__ while a collection runs:
# the collection's survivors are promoted already, its garbage is on lists
# of its own; freeze moves the generations as they are (both collectors).
import gc
class D:
    def __init__(self, n):
        self.me = self
        self.n = n
    def __del__(self):
        print('del', self.n, gc.get_count())
        if self.n == 1:
            gc.freeze()
            print('frozen', gc.get_freeze_count())
        if self.n == 3:
            gc.unfreeze()
            print('unfrozen', gc.get_freeze_count())
D(1); D(2)
print(gc.collect())
print(gc.get_freeze_count())
D(3)
print(gc.collect())
print(gc.get_freeze_count(), gc.get_stats())
