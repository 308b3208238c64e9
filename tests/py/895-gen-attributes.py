# A generator's gi_frame, gi_running, gi_suspended, gi_code and
# gi_yieldfrom through its life: created, suspended, running (seen from
# inside), suspended in a yield from, finished.
import sys
import gc

def inner():
    yield 'i1'
    yield 'i2'
    return 'inner result'

def outer():
    print('running:', me.gi_running, me.gi_suspended)
    r = yield from inner()
    print('inner returned', r)
    yield 'o'

me = outer()
print(me.gi_running, me.gi_suspended, me.gi_yieldfrom)
f = me.gi_frame
print(type(f).__name__, f.f_lineno, f is me.gi_frame, gc.is_tracked(f))
print(next(me), me.gi_suspended, type(me.gi_yieldfrom).__name__, f.f_lineno)
sub = me.gi_yieldfrom
print(sub.gi_frame.f_lineno, sub.gi_running, sub.gi_yieldfrom)
print(next(me), me.gi_yieldfrom is sub)
print(next(me), me.gi_yieldfrom, sub.gi_frame)
print(me.gi_code is outer().gi_code, type(me.gi_code).__name__)
for x in me:
    print('more', x)
print(me.gi_frame, me.gi_running, me.gi_suspended, me.gi_yieldfrom)
print(type(me.gi_code).__name__, f.f_lineno)
del f

def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1

c = counter(3)
next(c)
fr = c.gi_frame
print(sys.getrefcount(fr), fr.f_lineno)
c.close()
print(c.gi_frame, fr.f_lineno, c.gi_suspended)
try:
    me.gi_running = True
except AttributeError as e:
    print(e)
