# None, True, False: arithmetic on bools, identity, repr
print(None, True, False, repr(None))
print(True + True, True * 10, False - 1, True / 2, -True)
print(True == 1, False == 0, True is True, None is None, (1 == 1) is True)
print(bool(0), bool(1), bool(-1), bool(""), bool("0"), bool([]), bool(None), bool(0.0))
print(int(True), float(False), str(True), type(True).__name__, type(None).__name__)
print(isinstance(True, int), isinstance(1, bool))
print(sum([True, True, False, True]))
def f():
    pass
print(f() is None, None == 0, None == False)
print(not None, not 0, not "x")
