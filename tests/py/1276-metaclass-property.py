# A property on the metaclass is a data descriptor of the class's type:
# type_getattro calls it before the class's own attribute of that name
# (which instances still see), and assigning or deleting the attribute on
# the class goes through its setter or deleter (python3's AttributeError
# when it has none).
class Meta(type):
    @property
    def p(cls):
        return 'meta-p of ' + cls.__name__

    @property
    def q(cls):
        return cls._q

    @q.setter
    def q(cls, v):
        cls._q = v * 2


class C(metaclass=Meta):
    p = 'class-p'


print(C.p, C().p, C.__dict__['p'])
C.q = 5
print(C.q, C._q, 'q' in C.__dict__)
try:
    C.p = 3
except AttributeError as e:
    print(e)
try:
    del C.q
except AttributeError as e:
    print(e)
