# An LRU cache on a plain dict (insertion order): move to end on hit, evict the first.
import sys

class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = 0
        self.misses = 0

    def get(self, key):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value
            return value
        self.misses += 1
        return None

    def put(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            print("evict", oldest)
            del self.data[oldest]
        self.data[key] = value

cache = LRU(3)
for k in "abcab":
    if cache.get(k) is None:
        cache.put(k, k.upper() * 3)
print(list(cache.data), cache.hits, cache.misses)
cache.put("d", "DDD")
cache.get("a")
cache.put("e", "EEE")
print(list(cache.data.items()))
print(sys.getsizeof(cache.data), len(cache.data))
for i in range(100):
    cache.put(i % 7, i)
print(cache.data, sys.getsizeof(cache.data))
big = {}
for i in range(50):
    big[i] = i
    if len(big) > 5:
        del big[next(iter(big))]
print(big, sys.getsizeof(big))
