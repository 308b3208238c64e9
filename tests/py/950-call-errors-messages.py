def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6))
for call in ("f()", "f(1)", "f(1, c=1, a=2)", "f(1, 2, c=3, zz=1, **{'zz': 2})"):
    try:
        print(eval(call) if False else None)
    except TypeError as e:
        print(e)
def g(x, y):
    return x + y
tests = [lambda: g(1), lambda: g(1, 2, 3), lambda: g(1, y=2, x=3), lambda: g(z=1), lambda: len(), lambda: len(1, 2), lambda: int("x"), lambda: [].pop(), lambda: {}.popitem(), lambda: (1).foo, lambda: None(), lambda: 1 + "a", lambda: "a" * "b", lambda: [1][5], lambda: {}["k"], lambda: abs("x"), lambda: sorted(1), lambda: range(1.5)]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
