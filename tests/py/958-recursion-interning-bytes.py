def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("rec", e)
import sys
print(sys.getrecursionlimit())
a = "hello"; b = "hel" + "lo"; c = "".join(["hel", "lo"])
print(a is b, a is c, a == c, sys.intern(c) is a)
x = 256; y = 255 + 1; print(x is y, 1000 is 10 ** 3 if False else "")
s = {"pear", "apple", "fig", "kiwi", "plum"}
print(sorted(s), len(s))
print({3, 1, 2}, {10, 5, 100, 7}, set("hello") == {"h", "e", "l", "o"})
d = {}
for k in "abcdef": d[k] = ord(k)
del d["b"], d["d"]
d["b"] = 0
print(d, list(d.items())[:2])
print(bytes(3), bytes([65, 66]), b"a" + b"b", b"abc".upper(), b"x,y".split(b","), bytes("é", "utf-8"), b"%d" % 5 if False else b"")
print(b"abc"[0], b"abc"[1:], list(b"hi"), b"hi".hex(), bytes.fromhex("4142"), len(b"\x00\xff"), b"\x00" in b"a\x00")
print(repr(b"'\""), repr("'\""), repr("a\nb\t\\"), ascii("é→"), str(b"x"), "x".isascii())
