# Functions nested three deep with closures (cell and free variables).
import gc
def outer(a):
    b = a + 1
    def middle(c):
        def inner(d):
            return a + b + c + d
        return inner
    return middle
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
step = counter()
print(gc.get_count())
for i in range(4000):
    a = [i]
    a.append(a)
print(gc.get_count())
print(gc.collect())
print(gc.get_count())
