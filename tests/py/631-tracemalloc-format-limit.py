# Traceback.format(limit=None, most_recent_first=False) takes its
# arguments by keyword too: self[-limit:] for a positive limit, self[:limit]
# otherwise (limit=0: no frame), reversed when most_recent_first.
import tracemalloc


def inner():
    return [0] * 100


def outer():
    return inner()


tracemalloc.start(5)
x = outer()
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
tb = snap.statistics("traceback")[0].traceback
for kw in [{}, {"limit": 1}, {"limit": 2}, {"limit": 0}, {"limit": -1}, {"limit": -5}, {"limit": 9},
           {"most_recent_first": True}, {"limit": 2, "most_recent_first": 1},
           {"limit": None, "most_recent_first": True}]:
    print(kw, [line.replace(__file__, "FILE") for line in tb.format(**kw)])
print(len(tb.format(1, True)))
for call in [lambda: tb.format(bogus=1), lambda: tb.format(1, limit=2), lambda: tb.format(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print(e)
