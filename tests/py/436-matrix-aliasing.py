# The famous [[0]*3]*3 aliasing bug, shown with id() and `is`.
import sys

bad = [[0] * 3] * 3
good = [[0] * 3 for _ in range(3)]
bad[0][0] = 1
good[0][0] = 1
print(bad)
print(good)
print(bad[0] is bad[1], bad[1] is bad[2], good[0] is good[1])
print(id(bad[0]) == id(bad[2]), len(set(id(r) for r in bad)), len(set(id(r) for r in good)))
print(sys.getrefcount(bad[0]), sys.getrefcount(good[0]))
print(sys.getsizeof(bad), sys.getsizeof(good), sys.getsizeof(bad[0]))
row = [0] * 3
print(row[0] is row[1], sys.getsizeof(row))
def zeros(n, m):
    return [[0 for _ in range(m)] for _ in range(n)]
def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
a = [[1, 2], [3, 4], [5, 6]]
print(matmul(a, identity(2)) == a, transpose(a), matmul(transpose(a), a))
copy1 = a[:]
copy2 = [r[:] for r in a]
a[0][0] = 99
print(copy1[0][0], copy2[0][0], copy1[0] is a[0], copy2[0] is a[0])
grid = [[None] * 4 for _ in range(4)]
print(sys.getsizeof(grid), sum(sys.getsizeof(r) for r in grid))
flat = [0] * 16
print(sys.getsizeof(flat))
