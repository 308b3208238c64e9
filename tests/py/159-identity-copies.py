# which operations return the same object and which return copies
s = "text"
print(str(s) is s, s[:] is s, s.strip() is s, s + "" is s, s * 1 is s, s.upper() is s)
t = (1, 2, 3)
print(tuple(t) is t, t[:] is t, t * 1 is t, t[0:3] is t)
l = [1, 2, 3]
print(list(l) is l, l[:] is l, l.copy() is l, l * 1 is l)
f = frozenset([1, 2])
print(frozenset(f) is f, f.copy() is f)
st = {1, 2}
print(set(st) is st, st.copy() is st)
b = b"bytes"
print(bytes(b) is b, b[:] is b)
n = 10 ** 10
print(int(n) is n, +n is n, n + 0 is n, n * 1 is n)
x = 2.5
print(float(x) is x)
