# A metaclass enforcing an interface, as abc does it by hand: __new__
# collects the names marked abstract along the bases, __call__ refuses to
# instantiate a class that leaves some unimplemented; a metaclass deriving
# from another (super() chaining both __new__s), its methods on every
# class below.
def abstract(f):
    f.is_abstract = True
    return f


class Interface(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        names = {k for k, v in ns.items() if getattr(v, 'is_abstract', False)}
        for b in bases:
            for k in getattr(b, 'abstracts', ()):
                if getattr(getattr(cls, k), 'is_abstract', False):
                    names.add(k)
        cls.abstracts = frozenset(names)
        return cls

    def __call__(cls, *args, **kwargs):
        if cls.abstracts:
            raise TypeError(f"Can't instantiate {cls.__name__} with {sorted(cls.abstracts)}")
        return super().__call__(*args, **kwargs)


class Counted(Interface):
    made = 0

    def __new__(mcls, name, bases, ns):
        Counted.made += 1
        return super().__new__(mcls, name, bases, ns)

    def count(cls):
        return Counted.made


class Shape(metaclass=Counted):
    @abstract
    def area(self):
        pass

    @abstract
    def name(self):
        pass


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Named(Square):
    def name(self):
        return 'square'


for cls in (Shape, Square, Named):
    try:
        obj = cls(3)
        print(cls.__name__, obj.area(), obj.name())
    except TypeError as e:
        print('TypeError:', e)
print(Named.count(), type(Named).__mro__, sorted(Shape.abstracts))
