# getset and member descriptors of builtin types and of classes
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(type(int.real), type(float.imag), int.real, float.imag, int.numerator)
print((5).real, (5).imag, (5).numerator, (5).denominator, (2.5).real, (2.5).imag, True.real)
t(lambda: setattr(5, 'real', 3))
t(lambda: int.real(3))
class A:
    pass
class S:
    __slots__ = ('x', 'y')
print(type(A.__dict__['__dict__']), A.__dict__['__dict__'], A.__dict__['__weakref__'])
print(type(S.x), S.x, S.y)
print(ValueError('x').args, KeyError(1).args)
print(slice(1, 2).start, type(slice.start) if False else 0)
