# What python3 refuses around metaclasses: a metaclass conflict between
# unrelated metaclasses (and with an explicit metaclass=), type.__new__'s
# argument count and types, a metaclass with nonempty __slots__, an
# __init__ that returns a value, keywords no __init_subclass__ takes.
class MA(type):
    pass


class MB(type):
    pass


class A(metaclass=MA):
    pass


class B(metaclass=MB):
    pass


for make in (lambda: MA('X', (A, B), {}), lambda: type('X', (A, B), {})):
    try:
        make()
    except TypeError as e:
        print('TypeError:', e)
try:
    class C(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class D(A, metaclass=MB):
        pass
except TypeError as e:
    print('TypeError:', e)


class MC(MA):
    pass


class E(A, metaclass=MC):
    pass


class F(E, A):
    pass


print(type(E), type(F))
for args in [('Q',), ('Q', 1, {}), ('Q', (), []), (1, (), {}), ('Q', (), {}, 4)]:
    try:
        MA(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    type.__new__(int, 'Q', (), {})
except TypeError as e:
    print('TypeError:', e)
try:
    class S(type):
        __slots__ = ('a',)
except TypeError as e:
    print('TypeError:', e)


class Empty(type):
    __slots__ = ()


class ReturnsOne(type):
    def __init__(cls, name, bases, ns):
        return 1


try:
    class G(metaclass=ReturnsOne):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class H(A, extra=1):
        pass
except TypeError as e:
    print('TypeError:', e)
print(type(Empty('Z', (), {})))
