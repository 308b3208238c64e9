# bytearray's own methods (append, extend, insert, pop, remove, reverse,
# clear, copy) and those it shares with bytes (decode, hex, count, find,
# index, startswith, endswith, join, upper, lower, title, swapcase,
# capitalize, the strip family, split, the is* tests), which return
# bytearrays where CPython does.
import sys

b = bytearray(b'hello')
print(b.append(33), b.extend([63, 63]), b.extend(b'..'), b.extend(range(2)), b)
b.insert(0, 62)
b.insert(-1, 1)
b.insert(100, 2)
b.insert(-100, 3)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
print(b.remove(63), b, b.reverse(), b)
c = b.copy()
print(c == b, c is b, sys.getsizeof(c), type(c).__name__)
print(b.clear(), b, len(b))
s = bytearray(b'  Hello, World  ')
print(s.decode(), s.decode('ascii'), bytearray('h\xe9'.encode()).decode('utf-8'), s.hex(), s.hex(':', 4))
print(s.count(b'l'), s.count(108), s.find(b'World'), s.find(111, 7), s.rfind(b'o'), s.index(b'H'), s.rindex(b'l'))
print(s.startswith(b'  H'), s.endswith((b'x', bytearray(b'  '))), s.startswith(b'H', 2))
print(s.upper(), s.lower(), s.strip(), s.lstrip(), s.rstrip(b' d'), type(s.strip()).__name__)
print(s.split(), s.split(b','), s.split(maxsplit=1), bytearray(b'a,b,,c').split(b',', 2))
print(bytearray(b'-').join([b'a', bytearray(b'b'), b'c']), bytearray().join([]), bytearray(b', ').join(iter([b'x'])))
print(b''.join([bytearray(b'q'), b'r']), type(b''.join([bytearray(b'q')])).__name__)
print(s.isalpha(), bytearray(b'abc').isalpha(), bytearray(b'123').isdigit(), bytearray(b'Ab Cd').istitle(),
      bytearray().isascii(), bytearray(b'AB').isupper(), bytearray(b' \t').isspace(), bytearray(b'a1').isalnum())
for bad in (lambda: b.pop(), lambda: bytearray(b'a').pop(5), lambda: bytearray(b'a').remove(98),
            lambda: b.append(256), lambda: b.append('x'), lambda: b.extend(5), lambda: b.extend(['a']),
            lambda: b.insert('x', 1), lambda: s.index(b'zz'), lambda: s.find('l'), lambda: s.join([1]),
            lambda: b.append(), lambda: b.copy(1), lambda: s.split(b''), lambda: s.decode('ascii', 5)):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
t = bytearray(b'hello wORLD 9x')
print(t.title(), t.swapcase(), t.capitalize(), t.title() is t, bytearray(b'a').upper() is bytearray(b'a').upper())
print(sys.getsizeof(t.title()), sys.getsizeof(bytearray().capitalize()))
