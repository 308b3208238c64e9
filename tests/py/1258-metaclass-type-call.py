# type(name, bases, ns) and type.__new__ with metaclasses: bases whose
# metaclass is more derived hand the call to its __new__ and run its
# __init__; calling the metaclass directly; type.__new__(M, ...) makes an
# instance of M without M's __init__.
class Meta(type):
    made = []

    def __new__(mcls, name, bases, ns, **kw):
        Meta.made.append(name)
        ns['origin'] = mcls.__name__
        return super().__new__(mcls, name, bases, ns, **kw)

    def __init__(cls, *args, **kw):
        print('init', args[0], len(args), kw)
        super().__init__(*args)


class Base(metaclass=Meta):
    pass


X = type('X', (Base,), {'v': 1})
print(type(X), X.v, X.origin, Meta.made)
Y = Meta('Y', (), {'w': 2})
print(type(Y), Y.w, Y.origin, Y.__module__, Y.__qualname__)
Z = type.__new__(Meta, 'Z', (Base,), {})
print(type(Z), Z.__mro__, Meta.made, hasattr(Z, 'origin'), Z.origin)


class OnlyInit(type):
    def __init__(cls, name, bases, ns):
        print('OnlyInit', name)
        super().__init__(name, bases, ns)


class P(metaclass=OnlyInit):
    pass


Q = type('Q', (P,), {})
print(type(Q), Q.__bases__)
