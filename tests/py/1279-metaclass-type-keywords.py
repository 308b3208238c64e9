# type(name, bases, ns, **kw) whose bases' metaclass wins: type_new hands
# the call, keywords and all, to that metaclass's __new__, and type_call
# runs its __init__ with them; without a metaclass the keywords reach
# object.__init_subclass__ (python3's TypeError).
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(ns), kw)
        ns['options'] = kw
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print('init', name, kw)
        super().__init__(name, bases, ns)


class A(metaclass=Meta, a=1):
    pass


X = type('X', (A,), {'v': 1}, b=2, c=3)
print(type(X), X.options, X.v, A.options)
try:
    type('Y', (), {}, d=4)
except TypeError as e:
    print(e)
