# sorted() hands its keywords to list.sort once the items are in a list:
# a generator runs to the end before a misspelled keyword is reported, and
# reverse= is converted as an int (or __index__), never by truth value.
import sys

def readings(n):
    for i in range(n):
        print("reading", i)
        yield (i * 7) % 5

try:
    sorted(readings(3), reversed=True)
except TypeError as e:
    print("TypeError:", e)

print(sorted(readings(4), reverse=True))
print(sorted(readings(2), key=None, reverse=0))

class Flag:
    def __init__(self, on):
        self.on = on
    def __index__(self):
        print("index asked")
        return 1 if self.on else 0

print(sorted([3, 1, 2], reverse=Flag(True)))
scores = [88, 92, 75]
scores.sort(reverse=Flag(False))
print(scores)
for bad in (None, 1.5, "yes", [], 2 ** 40):
    try:
        sorted(readings(1), reverse=bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
    try:
        scores.sort(reverse=bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(scores, sys.getsizeof(scores))
names = ["bo", "al", "cy"]
first = sorted(names, reverse=True)
print(first, first is names, sys.getrefcount(first), sys.getsizeof(first))
