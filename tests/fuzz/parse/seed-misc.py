def g():
    yield 1
    x = yield
try:
    pass
except* E:
    pass
with a as (b, c), d: pass
