# object's slot wrappers on instances, and super() reaching them
class A:
    def __repr__(self):
        return 'A<' + super().__repr__()[:9] + '>'
print(A())
print(repr(A()), str(A()))
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return super().__eq__(other)
    def __hash__(self):
        return super().__hash__() - object.__hash__(self)
    def __str__(self):
        return 'P' + object.__str__(self)[:4]
p = P(1)
q = P(1)
print(p == p, p == q, p != q, p.__eq__(q), p.__ne__(p), hash(p), str(p))
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2), object.__ne__(1, 1))
print(object.__lt__(1, 2), object.__ge__(p, q), object.__eq__(p, p))
print(object.__repr__(p)[:11], object.__repr__(5)[:12], object.__str__(p)[:11])
print(object.__hash__(p) == hash(id(p) // 16) or True, object.__hash__(p) == object.__hash__(p))
print(object.__init__(p), p.__init__(5), p.x)
class Q:
    pass
q = Q()
print(q.__init__(), object.__init__(q), q.__eq__(q), q.__eq__(1), q.__ne__(1), q.__lt__(q))
print(q.__hash__() == hash(q), q.__str__() == q.__repr__())
class R(Q):
    def __init__(self, n):
        super().__init__()
        self.n = n
    def __repr__(self):
        return 'R(%d)' % self.n + str(super().__repr__().startswith('<__main__.R object'))
print(R(3), [R(4)])
