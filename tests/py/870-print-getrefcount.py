# print() hands each piece to sys.stdout.write: python3's TextIOWrapper keeps
# an ASCII str it was given (a reference) until it flushes, so a printed
# str's refcount is one higher afterwards, unless stdout writes through
# (python3 -u) or flushes at the line end (a terminal, line-buffered).
import sys
n = 3
s = 'hello' * n
a = sys.getrefcount(s)
print(s)
b = sys.getrefcount(s)
print(a, b)
t = 'abc' * n
print(t, end='')
c = sys.getrefcount(t)
print()
d = sys.getrefcount(t)
print(c, d)
u = 'xyz' * n
print(u, u, sep='-', end='!\n')
print(sys.getrefcount(u))
print(u, flush=True)
print(sys.getrefcount(u))
