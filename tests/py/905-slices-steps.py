# Slices with steps on list, tuple, str, bytes and range; extended slice
# assignment and deletion; slice objects and indices().
L = list(range(10))
T = tuple(L)
S = 'abcdefghij'
B = b'abcdefghij'
R = range(10)
for seq in (L, T, S, B, R):
    print(seq[::2], seq[1::3], seq[::-1], seq[-2:2:-2], seq[8:1:-3], seq[100:], seq[-100:3], seq[::-4], seq[5:5])
print(range(0, 20, 3)[::-2], range(10, 0, -2)[1::2], range(5)[::-1][1:3])
M = list(range(10))
M[::2] = 'abcde'
print(M)
M[1::3] = [None] * 3
print(M)
del M[::3]
print(M)
M[2:5] = []
print(M)
M[:0] = [7, 8]
print(M)
try:
    M[::2] = [1, 2]
except ValueError as e:
    print(e)
try:
    L[::0]
except ValueError as e:
    print(e)
print(L[slice(2, 8, 2)], S[slice(None, None, -1)], slice(1, 2, 3), slice(5).indices(3), slice(-1, None, -2).indices(10))
