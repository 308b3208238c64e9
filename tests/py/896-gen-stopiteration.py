# PEP 479: a StopIteration leaving a generator's frame becomes
# RuntimeError("generator raised StopIteration"), with the StopIteration
# as its __cause__ (and __context__); a return is still a StopIteration
# outside.
def bad():
    yield 1
    raise StopIteration('inside')

def via_next():
    it = iter([])
    yield next(it)

def good():
    yield 1
    return 'value'

for make in (bad, via_next):
    g = make()
    try:
        for x in g:
            print('got', x)
    except RuntimeError as e:
        print(type(e).__name__, e)
        print(type(e.__cause__).__name__, e.__cause__, e.__context__ is e.__cause__,
              e.__suppress_context__)
    print(g.gi_frame)
g = good()
next(g)
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
g = good()
next(g)
try:
    g.throw(StopIteration('thrown'))
except RuntimeError as e:
    print('thrown in:', e, repr(e.__cause__))
print('last')
list(bad())
