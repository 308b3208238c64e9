# Instances of int, float, str and tuple subclasses in the builtins and
# operators that take their base (PyLong_Check, PyUnicode_Check...): divmod
# and pow through the base's slot, int()/float() of a str subclass, join of
# one item, formatting; each result exact where python3's is.
class Even(int): pass
class C(float): pass
class U(str): pass
class P(tuple): pass
tests = [lambda: "%d %s %r" % (Even(4), Even(4), Even(4)), lambda: "%f %s" % (C(1.5), C(1.5)), lambda: C(4) ** 0.5, lambda: C(4.5) // 1,
 lambda: sorted([U('b'), U('a')]), lambda: sum([Even(2), Even(4)]), lambda: U('ab') * 2, lambda: U('a b').split(), lambda: {Even(2): 1}[2],
 lambda: set([Even(2), 2]), lambda: bool(Even(0)), lambda: C(1) < 2, lambda: U('x').upper(), lambda: U('X').upper(), lambda: type(U('X').upper()).__name__,
 lambda: type(U('ab').strip()).__name__, lambda: P((1, 2)) < (1, 3), lambda: divmod(Even(7), 2), lambda: pow(Even(2), 3), lambda: Even(3) ** 2,
 lambda: str(Even(4)), lambda: type(str(Even(4))).__name__, lambda: repr(C(2)), lambda: int(U('12')), lambda: float(U('1.5')), lambda: list(U('ab')),
 lambda: U('ab')[0], lambda: type(U('ab')[0:2]).__name__, lambda: "".join([U('a')]), lambda: type("".join([U('a')])).__name__, lambda: f"{Even(5)}", lambda: f"{C(5)}",
 lambda: round(C(2.567), 1), lambda: Even(10).bit_length(), lambda: C(1.5).is_integer(), lambda: U('a').encode(), lambda: hash(U('a')) == hash('a'),
 lambda: isinstance(Even(1), int), lambda: issubclass(P, tuple), lambda: P((1,)) == P((1,)), lambda: [1,2,3][P((1,))[0]], lambda: Even(2) in {2: 0},
 lambda: abs(Even(-4)), lambda: type(-Even(0)).__name__, lambda: chr(Even(65)), lambda: range(Even(3))[1], lambda: hex(Even(255)), lambda: U('a') in ['a'],
 lambda: print(Even(3), C(2.5), U('s'), P((1,))), lambda: max(C(1), C(2)), lambda: Even(5) == 5.0, lambda: int.__new__(Even, '7'), lambda: [x for x in P((3, 4))],
 lambda: U('%s!') % 'x', lambda: type(U('%s!') % 'x').__name__, lambda: U('{}!').format(1), lambda: len(U('é')), lambda: U('abc').replace('b', 'B')]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__, e)
