# slicing lists, strings and tuples with steps and negative indices
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(repr(s[5:2]), repr(s[20:]), s[-100:3], s[3:100])
l = list(range(10))
print(l[::3], l[-2::-3], l[1:9:2], l[:])
t = (1, 2, 3, 4, 5)
print(t[1:-1], t[::-2], t[10:])
m = list(range(8))
m[2:5] = ["a", "b"]
print(m)
m[::2] = [0, 0, 0, 0]
print(m)
m[:0] = [-1]
print(m)
m[len(m):] = [99]
print(m)
c = l[:]
print(c == l, c is l)
try:
    m[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
