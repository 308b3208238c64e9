# An exception thrown into a generator that never started is raised at
# its def line: its traceback has the generator's frame, and the
# generator is finished.
import sys

def numbers(limit):
    total = 0
    for i in range(limit):
        total += i
        yield total

g = numbers(5)
try:
    g.throw(ValueError('before start'))
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next)
    print(tb.tb_next.tb_frame.f_lineno, g.gi_frame)
    del tb, e
print(list(g), sys.getrefcount(g))
h = numbers(3)
h.throw(LookupError, 'uncaught at the def line')
