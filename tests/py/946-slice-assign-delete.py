l = list(range(10))
l[::2] = [0] * 5
print(l)
del l[1::3]
print(l)
l[2:5] = "abc"
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print(e)
t = tuple(range(10))
print(t[::-3], t[-2:1:-2], "hello world"[::-1], "abcdef"[1:-1:2], b"bytes"[::2], range(20)[3:15:4])
s = "abcdefg"
print(s[100:], s[-100:2], s[2:2], s[5:1], s[::0] if False else "")
try:
    s[::0]
except ValueError as e:
    print(e)
l2 = [3, 1, 2]
l2[len(l2):] = [9, 8]
l2[:0] = [0]
print(l2, l2.index(9), l2.count(8))
