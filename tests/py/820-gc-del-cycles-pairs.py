# Pairs of finalizable objects referring to each other, and a finalizer
# that resurrects its object once: the automatic collections run the
# finalizers at the iterations python3 runs them, and the resurrected
# objects survive into the older generations.
import gc
saved = []
count = [0]
class Pair:
    def __init__(self, other=None):
        self.other = other
        if other is not None:
            other.other = self
    def __del__(self):
        count[0] += 1
        if len(saved) < 3:
            saved.append(self)
for i in range(900):
    Pair(Pair())
print(count[0], len(saved), gc.get_count())
for i in range(1700):
    Pair(Pair())
print(count[0], len(saved), gc.get_count())
print(gc.collect(), count[0], len(saved))
print(gc.get_count())
