def gen():
    yield
    yield 1
    x = yield 2
    yield from other()
    y = yield from z
    yield a, b
    await_ = (yield)
