# exact TypeError messages for common mistakes
def show(code):
    try:
        code()
    except TypeError as e:
        print(e)
def a():
    return 1 + "a"
def b():
    return "a" + 1
def c():
    five = 5
    return five[0]
def d():
    n = None
    return n()
def e():
    return {[1]: 2}
def f():
    return len(5)
def g():
    return "a" < 1
def h():
    for x in 7:
        pass
def i():
    return "a" - "b"
def j():
    return [1] * 2.5
def k():
    return sum(["a", "b"])
def o():
    t = (1, 2)
    t[0] = 5
def p():
    s = "abc"
    s[0] = "x"
for fn in [a, b, c, d, e, f, g, h, i, j, k, o, p]:
    show(fn)
