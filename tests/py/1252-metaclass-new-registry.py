# A metaclass overriding __new__ (registering and modifying the classes it
# makes through super().__new__ = type.__new__(mcls, ...)): subclasses
# inherit the metaclass, type(C) and isinstance(C, M), methods of the
# metaclass bound to the class, the class's size and the metaclass's
# reference count (each class holds its metaclass).
import sys

registry = []


class Registered(type):
    def __new__(mcls, name, bases, ns):
        ns['tag'] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        registry.append(cls)
        return cls

    def describe(cls):
        return cls.__name__ + ':' + cls.tag


class Base(metaclass=Registered):
    x = 1


class Child(Base):
    y = 2


print([c.__name__ for c in registry], Base.tag, Child.tag)
print(type(Base), type(Child), isinstance(Base, Registered), isinstance(Child, type))
print(Base.describe(), Child.describe(), Registered.describe(Child))
print(Child.x, Child.y, Child().x, Child.__mro__)
print(Registered.__mro__, type(Registered), Registered.__base__)
print(sys.getsizeof(Base), sys.getsizeof(Registered), sys.getrefcount(Registered))
try:
    Child().describe()
except AttributeError as e:
    print(e)
del registry[:]
print(sys.getrefcount(Registered), sys.getrefcount(Base))
