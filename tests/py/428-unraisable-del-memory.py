# An exception escaping __del__ is printed by sys.unraisablehook ("Exception
# ignored in: ...").  The default hook costs memory too: its arguments (a
# struct sequence), and to quote the source line it opens the file through
# io (a FileIO, a BufferedReader with a 4 KiB buffer, the tokenizer's 8 KiB
# buffer looking for a coding cookie): that is the peak.  The method cache
# keeps one small string per report, so the current size grows a little.
import gc
import tracemalloc


class Noisy:
    def __del__(self):
        raise ValueError("cannot clean up")


tracemalloc.start()
print("start", gc.get_count(), tracemalloc.get_traced_memory())

first = Noisy()
print("made", gc.get_count(), tracemalloc.get_traced_memory())
del first
print("after first report", gc.get_count(), tracemalloc.get_traced_memory())

second = Noisy()
del second
print("after second report", gc.get_count(), tracemalloc.get_traced_memory())

tracemalloc.reset_peak()
third = Noisy()
third = None
current, peak = tracemalloc.get_traced_memory()
print("third report: peak above current by", peak - current)
print("end", gc.get_count())
