# exceptions' slot wrappers: __init__, __repr__ and __str__ through super()
# and on instances, and what binding them allocates
import gc
import sys
class E(Exception):
    def __init__(self, m):
        super().__init__(m, 2)
        self.m = m
e = E('x')
print(e.args, e.m, repr(e), str(e))
print(E.__init__.__qualname__, Exception.__init__, BaseException.__repr__, E.__str__)
class F(KeyError):
    def __str__(self):
        return 'F:' + super().__str__()
print(str(F('k')), repr(F('k')))
gc.disable()
c0 = gc.get_count()
x = E('y')
c1 = gc.get_count()
print(c1[0] - c0[0])
print(e.__repr__(), e.__str__(), ValueError(3).__repr__(), KeyError('a').__str__())
c0 = gc.get_count()
w = e.__init__
c1 = gc.get_count()
print(c1[0] - c0[0], sys.getsizeof(w), repr(w).split(' at ')[0])
w(5)
print(e.args)
print(Exception.__init__(e, 7), e.args)
try:
    Exception.__init__(5)
except TypeError as err:
    print(err)
class G(Exception):
    pass
print(G.__init__, G.__repr__, G('a').__repr__())
