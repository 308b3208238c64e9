# The argument rules of object_new and object_init (excess_args), and
# tp_new_wrapper's checks of object.__new__'s first argument; then odd
# __new__ values (not callable, no parameter, set and deleted later, an
# explicit staticmethod or classmethod, object.__new__ on an int subclass:
# update_one_slot keeps int's tp_new) and the wrappers' subtype checks.
class Plain: pass
class Init:
    def __init__(self, *a, **k): pass
class New:
    def __new__(cls, *a, **k):
        return super().__new__(cls)
class NewPass:
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a, **k)
class Both(NewPass, Init): pass
class InitPass:
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
cases = [
    lambda: Plain(1), lambda: Plain(x=1), lambda: Init(1), lambda: New(1), lambda: New(k=2),
    lambda: NewPass(), lambda: NewPass(1), lambda: NewPass(x=1), lambda: Both(1), lambda: Both(),
    lambda: InitPass(), lambda: InitPass(1),
    lambda: object.__new__(), lambda: object.__new__(1), lambda: object.__new__(int),
    lambda: object.__new__(list), lambda: object.__new__(Plain, 1), lambda: object.__new__(object, 1),
    lambda: object.__new__(Init, 1), lambda: object.__new__(New, 1), lambda: object.__new__(New),
    lambda: object.__new__(ValueError), lambda: object.__new__(Plain, k=1),
    lambda: New.__new__(), lambda: Init.__new__(Init, 2, 3),
]
for i, f in enumerate(cases):
    try:
        r = f()
        print(i, type(r).__name__)
    except TypeError as e:
        print(i, "TypeError:", e)

def attempt(label, f):
    try:
        r = f()
        print(label, type(r).__name__, r if isinstance(r, (int, str, float, tuple)) else "")
    except Exception as e:
        print(label, type(e).__name__, e)
class A:
    __new__ = 5
attempt("int new", lambda: A())
class B:
    __new__ = None
attempt("None new", lambda: B())
class C:
    def __new__():
        pass
attempt("no cls", lambda: C())
class D:
    pass
D.__new__ = staticmethod(lambda cls: 42)
attempt("set later", lambda: D())
del D.__new__
attempt("deleted", lambda: D())
class E:
    @staticmethod
    def __new__(cls, x):
        return super(E, cls).__new__(cls)
    def __init__(self, x):
        self.x = x
attempt("explicit sm", lambda: E(3).x)
class F:
    @classmethod
    def __new__(cls, *a):
        return object.__new__(cls)
attempt("classmethod new", lambda: F())
class G(float):
    def __new__(cls, x):
        return float(x)
attempt("float returns plain", lambda: G(2))
class H(str):
    def __new__(cls, s):
        return str.__new__(H, s)
class H2(H):
    def __init__(self, s):
        print("H2 init")
attempt("sub returns base", lambda: H2("z"))
class J(tuple):
    def __new__(cls):
        return tuple.__new__(J, range(3))
attempt("tuple range", lambda: J())
attempt("object new int", lambda: object.__new__(int))
attempt("float new str", lambda: float.__new__(str))
attempt("str new G", lambda: str.__new__(G))
attempt("tuple new none", lambda: tuple.__new__(J, None))
attempt("int new J", lambda: int.__new__(J))
class K(int):
    __new__ = object.__new__
attempt("object new on int", lambda: K())
