# Instances in cycles through their __dict__, a class statement first.
import gc
class Pair:
    pass
for i in range(3000):
    p = Pair()
    q = Pair()
    p.other = q
    q.other = p
print(gc.get_count())
print(gc.collect())
print(gc.get_count())
