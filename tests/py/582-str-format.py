# str.format: automatic, manual and keyword fields, [index] items, conversions
# (!r !s !a), nested specs, escapes, and every error python3 gives for a bad format.
import sys
print("{} and {}".format(1, 2), "{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=[2]))
print("{:>8}|{:<6}|{:^7}|".format("r", 3.5, "mid"), "{:08.3f}".format(3.14159), "{:,}".format(1234567))
print("{!r} {!s} {!a}".format("q", 5, "é"), "{0[1]} {d[k]}".format([9, 8], d={"k": "v"}))
print("{{}} {{{}}}".format(7), "{:{w}.{p}f}".format(2.71828, w=10, p=2), "{:x} {:#b} {:e}".format(255, 5, 12345.678))
name = "ada"; age = 36
s = "Name: {}, age: {}".format(name, age)
print(s, sys.getsizeof(s), sys.getrefcount(name))
for bad in ["{", "}", "{0}{}", "{}{0}", "{5}", "{q}", "{!x}", "{0!}", "{:{:{}}}"]:
    try:
        print(bad.format(1, 2))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
t = "{}".format
print(t("bound"))
print("{:>{}}".format("x", 4), "{0:{1}}".format(5, 3), "{:%}".format(0.25))
import gc
print(gc.get_count()[0] >= 0)
for bad in ['{0!}', '{0!r', '{0!rr}', '{:{:{}}}', '{0:{', '{0[}', '{0[1}', '{0]}', '{0.}', '{[}', '{0[]}', '{0!r:>5}', '{a[0]}', '{0:}', '{!}', '{0[0]x}', '{0:{1:{2}}}', '{0!\x01}', '}{', 'a{{b}}c{{']:
    try:
        print(repr(bad.format([1, 2], 5, 6, a=[3])))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    "{:d}".format("s")
except ValueError as e:
    print(e)
try:
    "{:s}".format(5)
except ValueError as e:
    print(e)
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "P(%r)" % self.x
    def __str__(self):
        return "point " + str(self.x)
p = P(3)
print("{} {!r} {!s}".format(p, p, p), "{0} {0!r}".format(p))
print("{:>10}".format("é"), "{:*^9}".format("mid"), "{:+d} {: d} {:05d}".format(5, 5, -5))
print("{:.3}".format("abcdef"), "{:10.4f}|".format(3.14159265), "{:g} {:G}".format(1e-10, 1e20))
print("{0}{1}{0}".format("ab", "cd"), "{k}".format(k=None), "{}".format(True), "{:d}".format(True))
