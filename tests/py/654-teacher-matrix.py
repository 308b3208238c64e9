class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    def __getattr__(self, name):
        if name == "shape": return len(self.rows), len(self.rows[0])
        raise AttributeError(name)
    def __matmul__(self, o):
        n, m = self.shape; m2, p = o.shape
        if m != m2: raise ValueError(f"shapes {self.shape} and {o.shape} do not align")
        return Matrix([[sum(self.rows[i][k] * o.rows[k][j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __add__(self, o): return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __mul__(self, k): return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __getitem__(self, ij): i, j = ij; return self.rows[i][j]
    def __setitem__(self, ij, v): i, j = ij; self.rows[i][j] = v
    def __eq__(self, o): return self.rows == o.rows
    def __repr__(self): return "Matrix(%r)" % self.rows
    def __iter__(self): return iter(self.rows)
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A @ B, B @ A, A + B, A * 2, 3 * B, A[0, 1], A.shape)
I = Matrix([[int(i == j) for j in range(2)] for i in range(2)])
print(A @ I == A, A == B, [r for r in A])
C = A
C @= B
print(C is A, A)
A[1, 1] = 9
print(A)
try:
    A @ Matrix([[1, 2, 3]])
except ValueError as e:
    print(e)
try:
    A @ 2
except AttributeError as e:
    print(e)
try:
    A - B
except TypeError as e:
    print(e)
