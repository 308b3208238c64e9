# Tuple unpacking: the generic UNPACK_SEQUENCE walks an iterator (a
# tuple_iterator or list_iterator); once a function's code is quickened
# (its 8th call or loop round) the instruction specializes for a tuple or
# list of the right length and takes the items straight from it.
import tracemalloc

def measure(label, fn):
    tracemalloc.reset_peak()
    before, _ = tracemalloc.get_traced_memory()
    result = fn()
    after, peak = tracemalloc.get_traced_memory()
    print(label, after - before, peak - before)
    return result

def swap(pair):
    a, b = pair
    return b, a

def split3(seq):
    a, b, c = seq
    return a + b + c

tracemalloc.start()
for i in range(10):
    measure("tuple %d" % i, lambda: swap((i, -i)))
for i in range(10):
    measure("list %d" % i, lambda: split3([1, 2, i]))
# The specialized form meets another type: it runs the generic form, and
# the instruction stays specialized until enough misses.
for i, seq in enumerate([(1, 2, 3), [4, 5, 6], "abc", (7, 8, 9), range(3)]):
    measure("mixed %d" % i, lambda: split3(seq))
def walk(pairs):
    total = 0
    for k, v in pairs:
        total += v
    return total
d = {"a": 1, "b": 2, "c": 3}
for n in (3, 12):
    pairs = [(str(j), j) for j in range(n)]
    print(measure("walk %d" % n, lambda: walk(pairs)))
print(measure("items", lambda: walk(d.items())))
try:
    x, y = (1, 2, 3)
except ValueError as e:
    print(e)
