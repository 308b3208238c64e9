# Traceback.format() quotes the script through linecache.getline: its
# first call reads the file (updatecache: os.stat, tokenize.open,
# readlines) and linecache.cache keeps st_size, st_mtime, the list of
# lines (a str each, but "\n") and the method cache keeps the
# "incrementaldecoder" name TextIOWrapper looked up; a second format()
# reads nothing.
import gc
import sys
import tracemalloc

tracemalloc.start()
keep = [str(i) * 100 for i in range(3)]
tb = tracemalloc.take_snapshot().statistics('lineno')[0].traceback
gc.disable()
c = gc.get_count()[0]
a = tracemalloc.get_traced_memory()[0]
lines = tb.format()
made = sum(sys.getsizeof(s) for s in lines)   # the File line holds the path
print(lines[1:], tracemalloc.get_traced_memory()[0] - a - made, gc.get_count()[0] - c)
a = tracemalloc.get_traced_memory()[0]
again = tb.format()
print(again == lines, tracemalloc.get_traced_memory()[0] - a - made)
for st in tracemalloc.take_snapshot().statistics('lineno'):
    name = st.traceback[0].filename
    if name.endswith(('/linecache.py', '/tokenize.py', 'codecs>')):
        print(name.rsplit('/', 1)[-1], st.traceback[0].lineno, st.size, st.count)
