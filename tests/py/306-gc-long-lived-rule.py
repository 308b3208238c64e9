# The long-lived 25 % rule: the automatic trigger skips a full collection
# while the objects pending (survivors of gen-1 collections since the
# last full one) are fewer than a quarter of those that survived it, so
# gen 2's count climbs past its threshold.  Only counts of gens 1 and 2
# are printed (gen 0's drifts, see 305-gc-count-repr).
import gc
gc.set_threshold(100, 2, 2)
gc.collect()
keep = [[] for _ in range(20000)]
gc.collect()
hold = []
seen = []
for i in range(4500):
    hold.append([])
    c = gc.get_count()
    if not seen or seen[-1] != (c[1], c[2]):
        seen.append((c[1], c[2]))
print(len(seen), seen[-5:])
print('max gen-2 count', max(s[1] for s in seen))
