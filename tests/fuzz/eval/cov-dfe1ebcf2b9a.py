# references while objects are passed around: return values, temporaries, swaps
import sys
def make():
    return ["new"]
r = make()
print(sys.getrefcount(r))  # 2
def identity(x):
    return x
s = identity(r)
print(sys.getrefcount(r))  # 3
p, q = r, r
print(sys.getrefcount(r))  # 5
p, q = q, p
print(sys.getrefcount(r))  # 5
del p, q, s
print(sys.getref