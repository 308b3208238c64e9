import sys
def squares(n):
    for i in range(n):
        yield i * i
g = squares(1000000)
lst = [i * i for i in range(1000)]
print(sys.getsizeof(g) < 300, sys.getsizeof(lst))
total = 0
for v in g:
    total += v
    if v > 10000:
        break
print(total, next(g), sum(squares(100)))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "done"))
z = zip([1, 2], "ab")
e = enumerate(["x"])
r = reversed([1, 2])
m = map(str, [1, 2]) if False else None
print(type(z).__name__, type(e).__name__, type(r).__name__, sys.getsizeof(z), sys.getsizeof(e), sys.getsizeof(iter(range(3))))
print(list(range(10, 0, -3)), range(5) == range(0, 5), len(range(0, 100, 7)), 14 in range(0, 100, 7), range(3)[-1])
