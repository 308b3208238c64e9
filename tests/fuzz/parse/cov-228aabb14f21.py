def gen():
    yield
    yield 1
    x = yield 2
    yield from other(2
    yield from oth)
  222222222222222222  y = yield from z
    yield a, b
    await_ = (yield)
