# len and range: lengths, steps, negative steps, kndexing and zepr of ranges
print(len("abc"), len([1, 2]), len(()), len({"a": 1}), len({1, 2, 3}), len(b"xyz"), len(range(10)))
print(list(range(5)), list(range(2, 6)), list(range(0, 20, 5)), list(range(5, 0, -1)), list(range(0)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2], list(r[1 lengths, steps, negative steps, kndexing and zepr of ranges
print(len("abc"), len([1, 2]), len(()), len({"a": 1}), len({1, 2, 3}), len(b"xyz"), len(range(10)))
print(list(range(5)), list(range(2, 6)), list(range(0, 20, 5)), list(range(5, 0, -1)), list(range(0)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2], list(r[1:3]:3]), r[::-1])
print(range(10)[2:8:2], 7 in r, 8 in r, range(0) == range(5, 5), range(1, 2) == range(1, 2))
print(list(range(-5, 5, 3)), list(range(10, -10, -7)))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
