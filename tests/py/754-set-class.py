# Assigning or deleting __class__ goes through object.__class__'s setter for
# every kind of object, with CPython's TypeErrors (a function stored it in
# its __dict__; an int said it had no such attribute).
def f():
    pass
class C:
    pass
class H:
    def __setattr__(self, name, value):
        print('hook', name)
class E(Exception):
    pass
class F(Exception):
    pass
cases = [
    ('del f.__class__', lambda: delattr(f, '__class__')),
    ('f.__class__ = int', lambda: setattr(f, '__class__', int)),
    ('(1).__class__ = int', lambda: setattr(1, '__class__', int)),
    ('del (1).__class__', lambda: delattr(1, '__class__')),
    ('ValueError().__class__ = KeyError', lambda: setattr(ValueError(), '__class__', KeyError)),
    ('C.__class__ = int', lambda: setattr(C, '__class__', int)),
    ('int.__class__ = C', lambda: setattr(int, '__class__', C)),
    ('C().__class__ = 5', lambda: setattr(C(), '__class__', 5)),
    ('E().__class__ = KeyError', lambda: setattr(E(), '__class__', KeyError)),
    ('H().__class__ = C', lambda: setattr(H(), '__class__', C)),
    ('del f.nothing', lambda: delattr(f, 'nothing')),
]
for text, fn in cases:
    try:
        fn()
        print(text, 'ok')
    except (TypeError, AttributeError) as e:
        print(text, type(e).__name__, e)
print(f.__class__.__name__, f.__dict__, type(C()).__name__)
