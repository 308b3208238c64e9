# min, max, sum, abs with iterables, several arguments, key= and default=
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"))
print(sum([1, 2, 3]), sum([], 10), sum([0.5, 0.25]), sum(range(1, 11)), sum([[1], [2]], []))
def neg(x):
    return -x
print(max([1, 5, 3], key=neg), min([1, 5, 3], key=neg))
print(max([], default="empty"), min((), default=None))
print(max([(1, "b"), (1, "a")]), min([[2], [1, 9]]))
print(abs(-3), abs(-3.5), abs(0), abs(-(10 ** 30)))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
print(max(1, 2.5), min(-1, -1.0), max(True, 0))
