# The argument rules of object_new and object_init (excess_args), and
# tp_new_wrapper's checks of object.__new__'s first argument.
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
