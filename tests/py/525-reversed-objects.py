# reversed() of lists, tuples, strings, ranges; the iterator types
r = reversed([1, 2, 3])
print(type(r).__name__, list(r), list(r))
print(type(reversed((1, 2))).__name__, tuple(reversed((1, 2, 3))))
print(type(reversed("abc")).__name__, "".join(reversed("abc")))
print(type(reversed(range(5))).__name__, list(reversed(range(1, 10, 3))))
try:
    reversed(42)
except TypeError as e:
    print("TypeError:", e)
