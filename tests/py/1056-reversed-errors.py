# reversed's own argument errors (reversed_vectorcall), its refusals of
# what is not reversible (__reversed__ set to None, no sequence protocol,
# a __getitem__ without __len__), and its methods' argument errors; the
# last one goes uncaught.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class NoRev:
    __reversed__ = None

    def __getitem__(self, i):
        return i

    def __len__(self):
        return 2


class NoLen:
    def __getitem__(self, i):
        return i


class Own:
    def __reversed__(self):
        return iter("own")


attempt("none", lambda: reversed())
attempt("two", lambda: reversed((1,), (2,)))
attempt("keyword", lambda: reversed(seq=(1,)))
attempt("both", lambda: reversed((1,), seq=(2,)))
attempt("int", lambda: reversed(5))
attempt("set", lambda: reversed({1, 2}))
attempt("None", lambda: reversed(None))
attempt("iterator", lambda: reversed(iter([1])))
attempt("generator", lambda: reversed(x for x in "ab"))
attempt("__reversed__ None", lambda: reversed(NoRev()))
attempt("no __len__", lambda: reversed(NoLen()))
attempt("own", lambda: list(reversed(Own())))
attempt("own type", lambda: type(reversed(Own())).__name__)
args = [(3, 1)]
attempt("star", lambda: list(reversed(*args)))
attempt("kw dict", lambda: reversed(**{"sequence": 1}))
r = reversed((1, 2))
attempt("hint arg", lambda: r.__length_hint__(1))
attempt("reduce arg", lambda: r.__reduce__(1))
attempt("setstate none", lambda: r.__setstate__())
attempt("setstate str", lambda: r.__setstate__("1"))
attempt("setstate float", lambda: r.__setstate__(1.0))
attempt("setstate big", lambda: r.__setstate__(2 ** 70))
attempt("setstate keyword", lambda: r.__setstate__(state=1))
attempt("new attribute", lambda: setattr(r, "x", 1))
attempt("type attribute", lambda: setattr(reversed, "x", 1))
print(list(reversed(3)))
