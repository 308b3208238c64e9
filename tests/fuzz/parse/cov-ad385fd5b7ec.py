def gen():
    yield<X
    ym otgen():
    yield
    yield 1
    x = yield 2
    yield from other()
 her()
  =  )
