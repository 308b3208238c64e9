# A metaclass's __init__ (after type.__new__, with the class statement's
# arguments; type.__init__ through super()), its __repr__ for the classes
# (repr, str, print and containers), a property, a class attribute and
# special methods of the metaclass answering for the class (len, [],
# iteration, ==); the class's own attribute hides the metaclass's.
class Tracked(type):
    kind = 'meta'

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.fields = sorted(k for k in ns if not k.startswith('__'))
        print('init', name, bases, cls.fields)

    def __repr__(cls):
        return '<Tracked ' + cls.__name__ + '>'

    @property
    def label(cls):
        return 'L:' + cls.__name__

    def __len__(cls):
        return len(cls.fields)

    def __getitem__(cls, i):
        return cls.fields[i]

    def __iter__(cls):
        return iter(cls.fields)

    def __eq__(cls, other):
        return isinstance(other, Tracked) and cls.fields == other.fields

    __hash__ = type.__hash__


class Point(metaclass=Tracked):
    x = 0
    y = 0


class Named(Point):
    kind = 'own'
    name = ''


print(Point, repr(Named), str(Point), [Point, Named], f'{Point}')
print(Point.label, Named.label, len(Point), len(Named), Point[1], list(Named))
print(Point == Named, Point == Point, Point.kind, Named.kind, type(Named).kind)
print(type(Point).__repr__(Point), type.__repr__(Point))
