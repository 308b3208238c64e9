# A starred target and list() size their list by the iterator's length
# hint (list_extend + list_preallocate_exact: rounded up to even), str and
# bytes iterators included; a generator has none: 8, then cut back.
import sys


def gen(n):
    for i in range(n):
        yield i


for n in (1, 2, 3, 4, 5, 8, 9, 17):
    sizes = []
    for src in ('s' * n, b'b' * n, tuple(range(n)), range(n), dict.fromkeys(range(n)),
                set(range(n)), list(range(n)), gen(n), iter('t' * n)):
        a, *b = src
        sizes.append(sys.getsizeof(b))
    print(n, sizes)
a, *b = 'hij'
print(b, sys.getsizeof(b))  # 72
for s in ('', 'x', 'xy', 'xyz', 'é' * 5, b'12345'):
    it = iter(s)
    next(it, None)
    print(repr(s), sys.getsizeof(list(it)), sys.getsizeof([*s]), sys.getsizeof(list(s)),
          sys.getsizeof(list(reversed(s))))
*c, d = 'abcdef'
print(c, d, sys.getsizeof(c))
e, *f, g = b'abcdefg'
print(f, sys.getsizeof(f))
