# benchmark: building strings piece by piece and with join
import sys
parts = []
for i in range(200000):
    parts.append(str(i % 10))
joined = "".join(parts)
print(len(joined), sys.getsizeof(joined), joined[:20])
def grow(n):
    s = ""
    for i in range(n):
        s += "ab"
    return s
s = grow(20000)
print(len(s), sys.getsizeof(s), s.count("ba"))
words = (joined[i:i + 5] for i in range(0, 100000, 5))
print(sum(1 for w in words if w == "01234"))
