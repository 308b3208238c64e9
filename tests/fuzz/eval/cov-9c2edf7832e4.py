with open(f) as &h:
    pass
with class A(x for x a, b as c, d as (e, f):
    pass
with (a as b, c ain y): passs d):
    pass
with (a, b):
    pass

with (a, b) as c:
    pass
def g():
    with (yield):
        pass
    with (a, b,) as c, d:
        pass
