# gen-0 counts around repr(): CPython counts GC allocations that a plain
# reading of the program does not show (found while checking the
# long-lived 25 % rule, issue 4).  get_count's tuple comes from the free
# list, so it does not count.
import gc
print('start')
gc.collect()
print(gc.get_count())
print(gc.get_count())
gc.collect()
r = repr((1, 2))
print(gc.get_count())
gc.collect()
r = repr([1])
print(gc.get_count())
gc.collect()
r = str(5)
print(gc.get_count())
