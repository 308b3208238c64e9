# str.join's PySequence_Fast replaces only iter()'s TypeError with "can
# only join an iterable": one the iteration raises passes through.
def gen():
    yield 'a'
    raise TypeError('from the generator')

for s in ('', b''):
    try:
        s.join(gen())
    except TypeError as e:
        print(type(s).__name__, e)
    try:
        s.join(5)
    except TypeError as e:
        print(type(s).__name__, e)
