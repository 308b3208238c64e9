# Memoization with a dict: how many calls, how big the cache grows.
import sys

calls = 0
def fib(n):
    global calls
    calls += 1
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(15), calls)

memo = {}
mcalls = 0
def mfib(n):
    global mcalls
    mcalls += 1
    if n in memo:
        return memo[n]
    r = n if n < 2 else mfib(n - 1) + mfib(n - 2)
    memo[n] = r
    return r

sizes = []
for n in range(0, 40, 5):
    mfib(n)
    sizes.append((n, len(memo), sys.getsizeof(memo)))
print(sizes)
print(mfib(90), mcalls)
print(sys.getsizeof(mfib(90)), sys.getsizeof(memo[10]), sys.getsizeof(memo[70]))

def make_memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

def slow_square(n):
    return n * n

sq = make_memo(slow_square)
print([sq(i % 4) for i in range(10)], sq.cache)
print(sys.getrefcount(sq.cache), sq.__closure__[0].cell_contents is sq.cache)
print(memo[1] is memo[2], memo[30] is mfib(30))
