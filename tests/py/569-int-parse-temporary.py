# int(text) on user input: PyLong_FromString fills an int object of the
# digits the text could need, then gives a small result back as the cached
# small int and frees that object -- a 28-byte temporary tracemalloc's peak
# sees.  A larger result is the object itself (its digits estimated from
# the text's length: sys.getsizeof counts the digits used).
import sys
import tracemalloc

answers = ["12", " 7 ", "-5", "256", "257", "0x1f", "0b101", "1_000", "99999999999", "0"]
bases = [10, 10, 10, 10, 10, 16, 0, 10, 10, 10]

tracemalloc.start()
for text, base in zip(answers, bases):
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    value = int(text, base)
    now, peak = tracemalloc.get_traced_memory()
    print(repr(text), value, now - before, peak - before, sys.getsizeof(value))
    del value

total = 0
tracemalloc.reset_peak()
base_mem = tracemalloc.get_traced_memory()[0]
for line in "3 4 5 6".split():
    total += int(line)
print(total, tracemalloc.get_traced_memory()[1] - base_mem)

tracemalloc.reset_peak()
before = tracemalloc.get_traced_memory()[0]
small = [int(c) for c in "123"]
print(small, tracemalloc.get_traced_memory()[0] - before, small[0] is 1)
del small

for bad in ["", "zz", "1__0", "0x", "12a"]:
    try:
        int(bad, 0 if bad == "0x" else 10)
    except ValueError as e:
        print(e)
print(tracemalloc.get_traced_memory()[0] - before)
tracemalloc.stop()
