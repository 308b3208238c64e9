#% collector mark-sweep
# The pending list python3's stdout keeps is held by the interpreter, not
# by any object the program can reach: a collection (here heapviz's mark &
# sweep, which marks from the roots) must keep it and the strs in it.
import gc
import sys
n = 5
s = 'ab' * n
print(s, 'x' * n)
before = sys.getrefcount(s)
gc.collect()
after = sys.getrefcount(s)
refs = [type(o).__name__ for o in gc.get_referrers(s) if o is not globals()]
print(before, after, refs)
print(s)
