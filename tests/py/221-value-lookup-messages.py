# exact messages of IndexError, KeyError, ValueError variants
def show(code):
    try:
        code()
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
def a():
    return (1, 2)[5]
def b():
    return "abc"[10]
def c():
    a, b = [1, 2, 3]
def d():
    a, b, c = [1, 2]
def e():
    return {}[(1, "k")]
def f():
    return {}[None]
def g():
    return range(3)[3]
def h():
    return int("12", 2)
def i():
    l = [1]
    l[5] = 0
def j():
    return b"ab"[9]
def k():
    return [].remove(1)
def m():
    return set().pop()
def n():
    return {1: 2}.popitem() and {}.popitem()
def o():
    return max([])
def p():
    return "a,b".split("")
for fn in [a, b, c, d, e, f, g, h, i, j, k, m, n, o, p]:
    show(fn)
