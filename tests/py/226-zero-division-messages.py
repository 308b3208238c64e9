# ZeroDivisionError and OverflowError messages for ints and floats
def show(code):
    try:
        code()
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
def a():
    return 1 / 0
def b():
    return 1 // 0
def c():
    return 1 % 0
def d():
    return 1.0 / 0
def e():
    return 1.0 // 0.0
def f():
    return 1.0 % 0
def g():
    return divmod(1, 0)
def h():
    return divmod(1.5, 0)
def i():
    return 0 ** -1
def j():
    return 0.0 ** -1
def k():
    return float(10 ** 400)
def m():
    return 2.0 ** 10000
def n():
    return 10 ** 400 / 3
for fn in [a, b, c, d, e, f, g, h, i, j, k, m, n]:
    show(fn)
