class R:
    def __round__(self, n=None): return ("r", n)
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
    def __pow__(self, o, m=None): return ("pow", o, m)
print(round(R()), round(R(), 2), round(R(), None), divmod(R(), 3), divmod(3, R()), pow(R(), 2, 5), R() ** 3)
class N: pass
for f in (lambda: divmod(N(), 1), lambda: pow(N(), 1, 2), lambda: pow(2, N(), 2), lambda: round(N())):
    try:
        f()
    except TypeError as e:
        print(e)
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
u = U()
print(-u, +u, ~u, abs(u))
for f in (lambda: -N(), lambda: +N(), lambda: ~N(), lambda: abs(N())):
    try:
        f()
    except TypeError as e:
        print(e)
