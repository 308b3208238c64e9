# slot_tp_richcompare and slot_tp_hash find the dunder with
# lookup_maybe_method: a function (or a method descriptor) is called with
# self first; anything else is bound through its __get__ first (a
# staticmethod gives its function, a classmethod a bound method) and
# called with the other operand alone; what has no __get__ (len, print,
# id, None) is called as found.
def f(a, b):
    return ("f", type(a).__name__, type(b).__name__)


def g(*a):
    return ("g", len(a))


def one(x):
    return ("one", type(x).__name__)


class C:
    __eq__ = staticmethod(f)
    __lt__ = staticmethod(g)
    __gt__ = classmethod(g)
    __le__ = len
    __ge__ = max
    __hash__ = None


class D:
    __ne__ = print
    __eq__ = id
    __lt__ = staticmethod(one)


class H:
    __hash__ = staticmethod(lambda: 5)


class H2:
    __hash__ = classmethod(lambda cls: 7)


class H3:
    __hash__ = len


def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, r)


c = C()
show("eq", lambda: c == 1)
show("eq reflected", lambda: 1 == c)
show("ne", lambda: c != 1)
show("lt", lambda: c < 1)
show("gt", lambda: c > 1)
show("gt reflected", lambda: 1 < c)
show("le", lambda: c <= 1)
show("ge", lambda: c >= 3)
show("hash None", lambda: hash(c))
show("in set", lambda: c in {1})
d = D()
show("ne print", lambda: d != 5)
show("eq id", lambda: type(d == 5).__name__)
show("lt static", lambda: d < 2)
show("max", lambda: type(max(d, 3)).__name__)
show("sorted", lambda: len(sorted([D(), D(), D()])))
show("hash static", lambda: hash(H()))
show("hash class", lambda: hash(H2()))
show("hash len", lambda: hash(H3()))
