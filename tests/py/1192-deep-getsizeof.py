# A recursive "deep getsizeof" over containers, guarding against shared objects.
import sys

def deep_getsizeof(obj, seen=None):
    if seen is None:
        seen = set()
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    size = sys.getsizeof(obj)
    if isinstance(obj, dict):
        size += sum(deep_getsizeof(k, seen) + deep_getsizeof(v, seen) for k, v in obj.items())
    elif isinstance(obj, (list, tuple, set, frozenset)):
        size += sum(deep_getsizeof(x, seen) for x in obj)
    elif hasattr(obj, '__dict__'):
        size += deep_getsizeof(vars(obj), seen)
    return size

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

data = {
    "numbers": list(range(10)),
    "words": ["alpha", "beta", "gamma"],
    "nested": [[1, 2], [3, 4], (5, 6)],
    "point": Point(1.5, 2.5),
}
for key, value in data.items():
    print(f"{key:8} shallow={sys.getsizeof(value):4} deep={deep_getsizeof(value):5}")
print("total", deep_getsizeof(data))
shared = [1000, 2000]
pair = [shared, shared]
print("shared counted once:", deep_getsizeof(pair))
