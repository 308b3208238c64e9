x = 10
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    inner(); inner()
    return x, inner
r, f = outer()
print(r, f(), f.__closure__[0].cell_contents, x)
def g():
    global x
    x = x * 2
g(); print(x)
fs = [lambda i=i: i * 2 for i in range(3)]
print([h() for h in fs])
fs2 = [lambda: i for i in range(3)]
print([h() for h in fs2])
def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc
c = counter(); c(); c(5); print(c(), c.__name__, c.__qualname__)
