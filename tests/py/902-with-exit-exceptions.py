# with on user classes: exceptions inside __exit__ (chained as __context__),
# a true __exit__ swallowing, two managers on one line,
# return/continue/break through one.
class CM:
    def __init__(self, name, swallow=False, fail=False):
        self.name = name
        self.swallow = swallow
        self.fail = fail
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v)
        if self.fail:
            raise ValueError('from exit ' + self.name)
        return self.swallow

with CM('a') as c:
    print('body', c.name)
with CM('b', swallow=True):
    raise KeyError('k')
print('after b')
try:
    with CM('c'):
        raise TypeError('t')
except TypeError as e:
    print('caught', repr(e))
try:
    with CM('d', fail=True):
        raise TypeError('inner')
except ValueError as e:
    print('caught', e, repr(e.__context__))
try:
    with CM('e', fail=True):
        pass
except ValueError as e:
    print('caught', e, e.__context__)
with CM('f', swallow=True), CM('g'):
    raise IndexError(3)
print('after fg')
def f():
    with CM('h'):
        return 'ret'
print(f())
for i in range(3):
    with CM('loop' + str(i), swallow=True):
        if i == 1:
            continue
        if i == 2:
            break
        raise ZeroDivisionError
print('end')
