# What a str, tuple, int or float method or operator gives for a subclass's
# instance when the value is unchanged: python3 copies it into an exact
# object (unicode_result_unchanged, _PyUnicode_Copy, long_long) or keeps it.
class U(str): pass
u = U('abc')
for name, f in [("strip", lambda: u.strip()), ("lower", lambda: u.lower()), ("replace", lambda: u.replace('x', 'y')), ("center", lambda: u.center(1)),
                ("zfill", lambda: u.zfill(1)), ("ljust", lambda: u.ljust(2)), ("rjust", lambda: u.rjust(2)), ("expandtabs", lambda: u.expandtabs()),
                ("lstrip", lambda: u.lstrip()), ("rstrip", lambda: u.rstrip()), ("title", lambda: U('Abc').title()), ("slice", lambda: u[:]),
                ("mul1", lambda: u * 1), ("format", lambda: format(u)), ("fstr", lambda: f"{u}"), ("split", lambda: u.split()[0]),
                ("partition", lambda: u.partition('x')[0]), ("removeprefix", lambda: u.removeprefix('x')), ("casefold", lambda: u.casefold()),
                ("swapcase", lambda: U('').swapcase()), ("translate", lambda: u.translate({})), ("join1", lambda: ''.join(u)), ("splitlines", lambda: u.splitlines()[0]),
                ("rsplit", lambda: u.rsplit()[0]), ("add0", lambda: u + ''), ("mod", lambda: '%s' % u), ("str", lambda: str(u)), ("capitalize", lambda: U('Abc').capitalize())]:
    try:
        print(name, type(f()).__name__)
    except Exception as e:
        print(name, type(e).__name__, e)
class T(tuple): pass
t = T((1, 2))
for name, f in [("slice", lambda: t[:]), ("mul1", lambda: t * 1), ("add", lambda: t + ()), ("tuple", lambda: tuple(t))]:
    print(name, type(f()).__name__)
class I(int): pass
i = I(5)
for name, f in [("pos", lambda: +i), ("int", lambda: int(i)), ("index", lambda: i.__index__()), ("add0", lambda: i + 0), ("mul1", lambda: i * 1), ("or0", lambda: i | 0),
    try:
        print(name, type(f()).__name__)
    except Exception as e:
        print(name, type(e).__name__, e)
class F(float): pass
f = F(2.5)
for name, g in [("pos", lambda: +f), ("float", lambda: float(f)), ("real", lambda: f.real), ("conj", lambda: f.conjugate()), ("add0", lambda: f + 0), ("abs", lambda: abs(f))]:
    try:
        print(name, type(g()).__name__)
    except Exception as e:
        print(name, type(e).__name__, e)
