# Traceback.format(limit=...) compares limit > 0 first (tracemalloc.py):
# a str limit raises that comparison's TypeError from format's frame.
import tracemalloc
tracemalloc.start(2)
keep = [[] for i in range(3)]
tb = tracemalloc.take_snapshot().statistics('traceback')[0].traceback
print(tb.format(limit=1)[1:])
for bad in ('x', [2], None, (1,)):
    a = tracemalloc.get_traced_memory()
    try:
        print(len(tb.format(bad)))
    except TypeError as e:
        err = e
        print(type(e).__name__, e, tracemalloc.get_traced_memory()[0] - a[0])
        print(e.__traceback__.tb_next.tb_lineno)
        del err, e
    b = tracemalloc.get_traced_memory()
    print(b[0] - a[0])
tb.format(most_recent_first=True, limit='2')
