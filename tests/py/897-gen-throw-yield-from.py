# throw() and close() into a generator suspended in `yield from`: thrown
# into the delegate first (a generator's throw, or an iterator's throw
# method when it has one); when the delegate lets it out, raised in the
# delegating generator at its yield from; GeneratorExit closes the
# delegate.
def inner(log):
    try:
        yield 'i1'
        yield 'i2'
    except ValueError as e:
        log.append('inner caught ' + str(e))
        yield 'i-recovered'
        return 'inner-ret'
    finally:
        log.append('inner finally')

def outer(log):
    try:
        r = yield from inner(log)
        log.append('outer got ' + str(r))
        yield 'o1'
    except KeyError as e:
        log.append('outer caught ' + repr(e))
        yield 'o-recovered'
    finally:
        log.append('outer finally')

log = []
g = outer(log)
print(next(g))
print(g.throw(ValueError('v')))
print(next(g))
print(log)
log = []
g = outer(log)
print(next(g))
print(g.throw(KeyError('k')))
print(log, g.gi_yieldfrom)
log = []
g = outer(log)
next(g)
g.close()
print(log, g.gi_frame)

def over_list():
    try:
        yield from [1, 2, 3]
    except IndexError as e:
        yield 'list delegate: ' + str(e)

g = over_list()
print(next(g), type(g.gi_yieldfrom).__name__)
print(g.throw(IndexError('no throw method')))
print(g.gi_yieldfrom)

def finisher():
    yield 1
    return 'early'

def wraps():
    r = yield from finisher()
    yield 'wrapped ' + r

g = wraps()
next(g)
try:
    g.throw(TypeError('up'))
except TypeError as e:
    print('out through both:', e, g.gi_frame)
