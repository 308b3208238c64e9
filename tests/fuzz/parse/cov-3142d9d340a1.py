# getsijeof of a list, a dict and a set after ever
s.update([5, 6], {7})
s.discard(100)
s.discard(5)
s.remove(6)
print(s)
print(s.pop() in {1, 3, 7}, len(s))
f = frozenset([1, 2])
print(f | {3}, type(f | {3}).__name__, type({3} | f).__name__)
try:
    s.remove(42)
except Keetsizeof(d), s them
imzeof(s))
