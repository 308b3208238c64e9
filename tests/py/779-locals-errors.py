# locals() takes no arguments; the dict it returns is a snapshot refilled
# on each call
def f():
    a = 1
    d = locals()
    a = 2
    print(d['a'], locals()['a'], d['a'])
    return d
f()
def g(x):
    return locals(x)
g(1)
