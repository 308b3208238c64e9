# statistics(key, cumulative=True) and compare_to(..., cumulative=True)
# with keyword arguments: _group_by's second loop (a tuple iterator per
# trace, its frames as keys, a KeyError per new frame) leaves python3's
# free-list entries.  One frame per trace: python3's own listings with
# several are not reproducible run to run (its traces table's order).
import tracemalloc

def leaf(n):
    return [n] * 30

def middle(n):
    return [leaf(n), leaf(n + 1)]

def top(n):
    return middle(n) + [leaf(n)]

tracemalloc.start()
name = __file__.split('/')[-1]

def show(stats, limit=14):
    for st in stats[:limit]:
        text = str(st).split('/')[-1]
        if text.startswith(name):
            print(text)
    print('--', len(stats))

keep = [top(i) for i in range(4)]
first = tracemalloc.take_snapshot()
show(first.statistics('lineno', cumulative=True))
show(first.statistics('filename', True))
show(first.statistics('lineno'))
more = [middle(i) for i in range(3)]
del keep[1:3]
second = tracemalloc.take_snapshot()
show(second.compare_to(first, 'lineno', cumulative=True), 20)
show(second.compare_to(first, 'filename', True))
try:
    second.statistics('traceback', cumulative=True)
except ValueError as e:
    print(e)
for bad in (lambda: second.statistics(), lambda: second.statistics('lineno', 1, 2),
            lambda: second.compare_to(first), lambda: second.compare_to(),
            lambda: second.statistics(key_type='lineno', bogus=1),
            lambda: second.statistics('lineno', key_type='x'),
            lambda: second.statistics(cumulative=True),
            lambda: second.compare_to(first, 'lineno', True, 1)):
    try:
        bad()
    except TypeError as e:
        print(e)
print(len(second.statistics(key_type='filename')),
      len(second.compare_to(old_snapshot=first, key_type='lineno', cumulative=False)))
tracemalloc.stop()
