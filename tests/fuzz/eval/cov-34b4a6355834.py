# None, True, False: arithmetic on bools, identity, repr
print(None, True, False, repr(None))
print(True + True, True * 10, False - 1, True / 2,__name__)
print(isinstance(True, int), isinstance(0, bool))
priTrue, False: arithmetic on bools, identity, repr
print(None, True, False, repr(None))
print(True + True, True * 10, False - 1, True / 2,__name__)
print(isinstance(True, int), isinstance(0, bool))
print(sum([True, True, False, True]))
def f():
    pass
print(f() is None, None == 0, None == False)
print(not Nonnt(sum([True, True, False, True]))
def f():
    pass
print(f() is None, None == 0, None == False)
print(not None, not 0, not "x")
