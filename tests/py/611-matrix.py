# A matrix as lists of lists: transpose with zip, comprehensions, identity.
import sys, gc

m = [[r * 3 + c for c in range(3)] for r in range(4)]
print(m)
t = list(zip(*m))
print(t, type(t[0]).__name__)
t2 = [list(row) for row in zip(*m)]
print(t2)
print(sys.getsizeof(m), [sys.getsizeof(row) for row in m])
print(sys.getsizeof(t), sys.getsizeof(t[0]), sys.getsizeof(t2[0]))
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(ident)
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
print(matmul(m, ident) == m)
print(matmul(ident, t2))
flat = [x for row in m for x in row]
print(flat, sum(flat))
print(gc.is_tracked(m), gc.is_tracked(t[0]), gc.is_tracked(m[0]))
gc.collect()
print(gc.is_tracked(t[0]))
z = zip(*m)
print(type(z).__name__, sys.getsizeof(z))
first = next(z)
print(first, sys.getrefcount(first))
rest = list(z)
print(len(rest), list(z))
diag = [m[i][i] for i in range(3)]
print(diag)
m[0][0] = 99
print(t[0][0], t2[0][0], m[0][0])
shared = [[0] * 3] * 3
shared[0][1] = 5
print(shared, shared[0] is shared[2])
