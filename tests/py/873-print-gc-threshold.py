# A collection the bound `write` method triggers: the collector's count
# right at the threshold, print's first piece allocates the method (one
# more GC object) and generation 0 is collected inside print().
import gc
gc.collect()
gc.set_threshold(700, 10, 10)
junk = []
while gc.get_count()[0] < 699:
    junk.append([])
before = gc.get_count()[0]

print('at the threshold')
after = gc.get_count()[0]
print(before, after, gc.get_count())
