# Unpacking says "cannot unpack non-iterable" only for objects with neither
# __iter__ nor __getitem__; a TypeError raised by __iter__ itself passes.
class C:
    def __iter__(self):
        raise TypeError('boom')
class G:
    def __getitem__(self, i):
        if i < 2:
            return i * 10
        raise IndexError
def one():
    a, b = C()
def two():
    a, *b = C()
def three():
    a, b = 5
def four():
    a, *b = None
for fn in (one, two, three, four):
    try:
        fn()
    except TypeError as e:
        print(fn.__name__, e)
a, b = G()
c, *d = G()
print(a, b, c, d)
