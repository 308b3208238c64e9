# CALL releases its arguments first to last (self first) after the call:
# str.format's positional and keyword arguments, a builtin's, __call__'s.
class M:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
    def __format__(self, spec): return str(self.n)
    def __call__(self, *a, **k): return 0
def many(*a, **k):
    return len(a)
print('{}{}'.format(M(7), M(8)))
print('{a}{b}'.format(a=M(1), b=M(2)))
print(getattr(M(3), 'n', M(4)))
print(M(5)(M(6), k=M(7)))
print(many(M(8), M(9), k=M(10)))
print(many(*(M(11), M(12)), **{'k': M(13)}))
print(M(14).__format__.__call__(M(15)))
t = (M(16), M(17))
print(max(*[1, 2], key=None))
del t
for i in range(10):
    'x'.format(M(20 + i), M(30 + i))
