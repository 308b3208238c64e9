# A set display iterated by a for loop or a comprehension is folded into
# a frozenset constant as well.
import gc
print(gc.get_count())
total = 0
for k in {10, 20, 30}:
    total += k
print(total, gc.get_count())
squares = sorted([k * k for k in {1, 2, 3, 4}])
evens = sorted({k for k in {2, 4, 6} if k > 2})
print(squares, evens, gc.get_count())
def g():
    return sum(k for k in {5, 6, 7})
print(g(), gc.get_count())
