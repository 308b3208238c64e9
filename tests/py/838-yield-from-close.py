# close() of a generator suspended in yield from closes the delegate first
# (its close method, for an iterator that has one); what that raises is
# thrown into the generator instead of GeneratorExit.
class Closer:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def close(self):
        print('closer closed')
        raise KeyError('from close')


def outer():
    try:
        yield from Closer()
    except KeyError as e:
        print('outer caught', e)
        yield 'after'


def outer2():
    yield from Closer()


g = outer()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print('runtime', e)
h = outer2()
print(next(h))
try:
    h.close()
except KeyError as e:
    print('propagated', e)
