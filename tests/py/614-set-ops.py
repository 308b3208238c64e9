# Set operations on ints and strings; sizes of the results.
import sys

a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(sys.getsizeof(a), sys.getsizeof(a | b), sys.getsizeof(a & b), sys.getsizeof(set()))
x = set("hello")
y = set("world")
print(sorted(x | y), sorted(x & y), sorted(x - y), sorted(x ^ y))
print(a.union(b) == a | b, a.intersection(b, {5}), a.difference(b, {1}))
print(a.issubset(a | b), (a & b) <= a, a.isdisjoint({9}))
c = a
c |= {10}
print(c is a, a)
c = c | {11}
print(c is a, len(a), len(c))
f = frozenset(a)
print(type(f | b).__name__, type(b | f).__name__, sys.getsizeof(f))
big = set(range(100))
print(sys.getsizeof(big))
evens = {n for n in range(100) if n % 2 == 0}
print(sys.getsizeof(evens), len(big - evens), sys.getsizeof(big - evens))
big -= evens
print(sys.getsizeof(big), len(big))
big.clear()
print(sys.getsizeof(big))
words = ["apple", "banana", "apple", "cherry", "banana"]
uniq = set(words)
print(sorted(uniq), len(uniq), sys.getsizeof(uniq))
print({1, 2} == {2, 1}, {1, 2} < {1, 2, 3}, {"a"} | {"a"} == {"a"})
s = set()
sizes = []
for i in range(20):
    s.add(i)
    sizes.append(sys.getsizeof(s))
print(sizes)
