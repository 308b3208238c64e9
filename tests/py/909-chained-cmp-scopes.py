# Chained comparisons (each operand evaluated once, short-circuit), nonlocal
# and global across three levels, UnboundLocalError and free variables,
# late-binding closures.
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(1) < v(0) < v(3), calls)
calls.clear()
print(v(1) == v(1) != v(2) is not None, 1 < 2 > 0 <= 0 >= -1, 1 in [1] in [[1]], calls)
print(0 < 0.5 < 1, 'a' < 'b' <= 'b', (1, 2) < (1, 3) < (2,), None is None is not False)
x = 'global'
def outer():
    x = 'outer'
    def inner():
        nonlocal x
        x = 'inner'
        def deeper():
            global x
            x = 'set by deeper'
        deeper()
        return x
    r = inner()
    return r, x
print(outer(), x)
def counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get())
def g():
    global newname
    newname = 5
g()
print(newname)
def shadow():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print(e)
shadow()
def late():
    def f():
        return y
    try:
        f()
    except NameError as e:
        print(e)
    y = 2
    return f()
print(late())
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
try:
    print(undefined_name)
except NameError as e:
    print(e)
