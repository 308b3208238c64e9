# The binary operators and comparisons between int and float subclasses'
# instances, ints, floats and bools (result types and values), the in-place
# forms on str, tuple, int and float subclasses, % and format specs.
class E(int): pass
class F(float): pass
class S(str): pass
class T(tuple): pass
vals = [E(6), F(2.5), 3, 1.5, True]
ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b, lambda a, b: a // b,
       lambda a, b: a % b, lambda a, b: a ** b, lambda a, b: a < b, lambda a, b: a == b, lambda a, b: a & b,
       lambda a, b: a | b, lambda a, b: a ^ b, lambda a, b: a << b, lambda a, b: a >> b]
for a in vals:
    for b in vals:
        row = []
        for o in ops:
            try:
                r = o(a, b)
                row.append("%s:%s" % (type(r).__name__, r))
            except Exception as e:
                row.append(type(e).__name__)
        print(type(a).__name__, type(b).__name__, " ".join(row))
x = E(5)
x += 1
print(type(x).__name__, x)
y = F(1.5)
y *= 2
print(type(y).__name__, y)
s = S("ab")
s += "c"
print(type(s).__name__, s)
t = T((1,))
t += (2,)
print(type(t).__name__, t)
print("%x %o %e %g %c %r %a" % (E(255), E(8), F(1.5), F(2.0), E(65), S("q"), S("é")))
print("{:x} {:.1f} {:>5} {!r}".format(E(255), F(2.25), S("ab"), T((1,))))
print(S("a") < S("b"), S("a") < "b", "a" < S("b"), T((1,)) < (2,), (1,) < T((2,)), E(1) < F(1.5), max(E(1), F(0.5)))
