# The unraisable hook quotes the __del__ line through
# display_source_line_with_margin, which first runs
# PyImport_ImportModule("io"): PyImport_Import makes an empty from_list
# and drops it before io.open.  With the list free list emptied by the
# program, that list is a new block, still traced on the free list while
# the tokenizer's 11 KB (the report's peak) are live.
import tracemalloc

tracemalloc.start()
rows = [[i, i * i] for i in range(12)]


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("closing", self.name, self.handle)   # AttributeError


for name in ["db", "log"]:
    r = Resource(name)
    before = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    del r
    cur, peak = tracemalloc.get_traced_memory()
    print(name, peak - before, cur - before)
print(len(rows))
