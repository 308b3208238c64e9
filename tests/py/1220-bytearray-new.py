# bytearray construction (bytearray_init): no argument, a count of zeros, a
# bytes-like object, a str with its encoding, an exact list or tuple (the
# fast path, and its fall back to the iterator at an item that is no int),
# any iterable, an object with __index__ (a count); CPython's errors;
# sys.getsizeof is 56 + ob_alloc (an empty bytearray has no buffer; a copy
# is sized exactly, size + 1).
import sys


def show(label, f):
    try:
        b = f()
        print(label, repr(b), len(b), sys.getsizeof(b))
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)


show('empty', lambda: bytearray())
show('zeros', lambda: bytearray(5))
show('zero', lambda: bytearray(0))
show('bytes', lambda: bytearray(b'hello'))
show('copy', lambda: bytearray(bytearray(b'abc')))
show('str', lambda: bytearray('h\xe9llo', 'utf-8'))
show('latin', lambda: bytearray('h\xe9llo', encoding='latin-1'))
show('list', lambda: bytearray([104, 105]))
show('tuple', lambda: bytearray((1, 2, 3)))
show('list-bool', lambda: bytearray([1, True, 3]))
show('range', lambda: bytearray(range(10)))
show('gen', lambda: bytearray(i * 2 for i in range(12)))
show('kw', lambda: bytearray(source=b'kw'))
show('no-encoding', lambda: bytearray('abc'))
show('encoding-bytes', lambda: bytearray(b'a', 'utf-8'))
show('errors-only', lambda: bytearray(errors='strict'))
show('encoding-only', lambda: bytearray(encoding='utf-8'))
show('negative', lambda: bytearray(-1))
show('big-item', lambda: bytearray([1, 256]))
show('neg-item', lambda: bytearray((-1,)))
show('str-item', lambda: bytearray(['a']))
show('float', lambda: bytearray(1.5))
show('none', lambda: bytearray(None))
show('too-many', lambda: bytearray(b'', 'a', 'b', 'c'))
show('bad-encoding-type', lambda: bytearray('a', 5))
print(type(bytearray()), bytearray.__name__)


class Count:
    def __index__(self):
        return 3


class Ints:
    def __iter__(self):
        return iter([7, 8])


show('index', lambda: bytearray(Count()))
show('iterable', lambda: bytearray(Ints()))
