with open(f) as fh:
    pass
with a, b as c, d as (e, f):
    pass
with (a as fh:
    pass
with a, b as c, d as (e, f):
    pass
with (a ) as c:
    pass
def g():
    with (yield)) as c:
    pass
def g():
    with (yield):
        pass
    with (a, b,) as c, d:
        pass
