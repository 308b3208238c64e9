# A generator's frame lives between next() calls; closing it runs finally.
import sys
import gc

def numbers(limit):
    print("start")
    try:
        n = 0
        while n < limit:
            yield n
            n += 1
    finally:
        print("cleanup at", n)

g = numbers(5)
print(gc.is_tracked(g), sys.getsizeof(g))
print(next(g), next(g))
print(g.gi_frame is not None, g.gi_running)
g.close()
print(g.gi_frame)
for v in numbers(2):
    print("got", v)
h = numbers(10)
next(h)
del h
print("after del")
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
first = [next(f) for _ in range(15)]
print(first, sys.getsizeof(first))
print(sum(x for x in first if x % 2 == 0))
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(5, fib())))
print(gc.collect())
