# PEP 479 for a generator that never ran: a StopIteration thrown in before
# its first next() leaves its frame as a RuntimeError caused by it (the
# generator expression's too), as one thrown into a suspended generator does.
def g():
    yield 1
    yield 2
for setup in (0, 1, 2):
    for exc in (StopIteration, StopIteration(5), StopIteration("x"), GeneratorExit):
        it = g()
        for _ in range(setup):
            next(it, None)
        try:
            print(it.throw(exc))
        except BaseException as e:
            print(setup, type(e).__name__, e, type(e.__context__).__name__, type(e.__cause__).__name__)
def h():
    try:
        yield 1
    except StopIteration as s:
        print("inside", repr(s))
        raise
it = h(); next(it)
try:
    it.throw(StopIteration(7))
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
def k():
    yield 1
    next(iter([]))
try:
    list(k())
except RuntimeError as e:
    print(e, repr(e.__cause__))
async_like = (x for x in [1])
try:
    async_like.throw(StopIteration)
except BaseException as e:
    print(type(e).__name__, e)
def last():
    yield 1
last().throw(StopIteration, 'end')
