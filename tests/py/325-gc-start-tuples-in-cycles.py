# Tuples inside cycles: the collections untrack the tuples that survive
# and free those in garbage, with the start-up free lists in play.
import gc
for i in range(3000):
    a = []
    t = (a, i)
    a.append(t)
print(gc.get_count())
print(gc.collect())
print(gc.get_count())
