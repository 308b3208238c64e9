# generator.throw(): an exception class (called, with a value or a tuple
# of arguments), an instance, raised where the generator is suspended;
# handled there it yields again, else it leaves through the caller.
import sys
import gc

def worker(log):
    n = 0
    while True:
        try:
            got = yield n
            log.append(('sent', got))
        except ValueError as e:
            log.append(('value', str(e)))
            n += 10
        except KeyError as e:
            log.append(('key', repr(e)))
            return 'done'
        finally:
            log.append('finally')
        n += 1

log = []
w = worker(log)
print(next(w))
print(w.send('a'))
print(w.throw(ValueError))
print(w.throw(ValueError, 'with value'))
print(w.throw(ValueError('instance')))
print(w.throw(ValueError, ('tuple', 2)))
try:
    w.throw(KeyError, 'k')
except StopIteration as e:
    print('stopped', e.value)
print(log)
print(w.gi_frame, w.gi_running, w.gi_suspended)
try:
    w.throw(IndexError('after'))
except IndexError as e:
    print('finished generator raises it:', e)

def plain():
    yield 1
    yield 2

p = plain()
try:
    p.throw(ZeroDivisionError('fresh'))
except ZeroDivisionError as e:
    print('never started:', e, p.gi_frame)
print(list(p))
p = plain()
next(p)
exc = RuntimeError('kept')
before = sys.getrefcount(exc)
try:
    p.throw(exc)
except RuntimeError as e:
    print(e is exc, e.__traceback__ is not None)
    del e
print(sys.getrefcount(exc) - before, p.gi_frame)
for bad in (5, 'text', None):
    try:
        plain().throw(bad)
    except TypeError as e:
        print(e)
try:
    plain().throw(ValueError('x'), 1)
except TypeError as e:
    print(e)
try:
    plain().throw()
except TypeError as e:
    print(e)
g = plain()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print('GeneratorExit passes through', g.gi_frame)
g = plain()
next(g)
g.throw(OverflowError, 'uncaught')
