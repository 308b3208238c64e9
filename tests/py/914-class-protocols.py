# Classes: properties with setters, classmethod/staticmethod, super() in
# __init__ and __repr__, __eq__/__hash__ in sets, __slots__ errors, __eq__
# without __hash__, the iterator, container, call and bool protocols,
# operator overloading with reflected operands and missing comparisons.
class Base:
    count = 0
    def __init__(self, v):
        self.v = v
        Base.count += 1
    def __repr__(self):
        return f'{type(self).__name__}({self.v!r})'
    def __eq__(self, other):
        return isinstance(other, Base) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
    @property
    def double(self):
        return self.v * 2
    @double.setter
    def double(self, x):
        self.v = x // 2
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def helper(a, b):
        return a + b
class Child(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
    def __repr__(self):
        return 'Child<' + super().__repr__() + '>'
    def __str__(self):
        return 'child ' + str(self.v)
b = Base(3)
c = Child(4, 5)
print(b, c, str(c), repr(c), [b, c], b.double, Base.make(7), Child.helper(1, 2), Base.count)
b.double = 10
print(b.v, b == Base(5), b != Base(5), b == 5, {b, Base(5)}, len({b, Base(5), c}))
print(isinstance(c, Base), type(c).__mro__ == (Child, Base, object), Child.__bases__, Child.__base__.__name__)
print(vars(c), c.__dict__, sorted(Base.__dict__.keys())[:4])
try:
    del b.double
except AttributeError as e:
    print(e)
try:
    Base.make()
except TypeError as e:
    print(e)
class S:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
s = S()
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    print(s.b)
except AttributeError as e:
    print(e)
print(s.a, hasattr(s, '__dict__'), getattr(s, 'b', 'dflt'))
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print(e)
print(NoHash() == 1, NoHash.__hash__)
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
    def __contains__(self, x):
        return x == 42
    def __bool__(self):
        return False
    def __call__(self, *args, **kw):
        return args, kw
k = Counter()
print(list(k), len(k), k[2], 42 in k, 1 in k, bool(k), k(1, x=2), not k)
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.x)
    def __lt__(self, o):
        return self.x < o.x
    def __neg__(self):
        return V(-self.x)
    def __repr__(self):
        return 'V%d' % self.x
print(V(1) + V(2), V(1) + 3, 3 + V(1), sum([V(1), V(2)], V(0)), sorted([V(3), V(1)]), -V(4), max(V(1), V(5)))
try:
    V(1) * 2
except TypeError as e:
    print(e)
try:
    V(1) > V(2)
    print('gt ok')
except TypeError as e:
    print(e)
try:
    V(1) <= V(2)
except TypeError as e:
    print(e)
