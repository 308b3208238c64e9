# Memoization with a dict keyed by tuples.
import sys

memo = {}
def paths(r, c):
    key = (r, c)
    if key in memo:
        return memo[key]
    if r == 0 or c == 0:
        result = 1
    else:
        result = paths(r - 1, c) + paths(r, c - 1)
    memo[key] = result
    return result

print(paths(10, 10))
print(len(memo), sys.getsizeof(memo))
print(paths(16, 16))
print(len(memo))
k = next(iter(memo))
print(k, sys.getsizeof(k), sys.getrefcount(k))

def fib(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = fib(n - 1) + fib(n - 2)
    return cache[n]
print(fib(90))
print(len(fib.__defaults__[0]))
