# A non-ASCII str given as a codec name or error handler keeps a UTF-8
# copy of itself (PyUnicode_AsUTF8AndSize in the 'str' converter) until it dies.
import sys
import tracemalloc

tracemalloc.start()


def traced():
    return tracemalloc.get_traced_memory()[0]


errs = 'strîct'
print(sys.getsizeof(errs))
before = traced()
print('abc'.encode('utf-8', errs))
print(sys.getsizeof(errs), traced() - before)
before = traced()
print('abc'.encode('utf-8', errs), traced() - before)

wide = 'ignore€'
print(b'ab'.decode('ascii', wide), sys.getsizeof(wide))
astral = 'r𝔢place'
print(str(b'xy', 'latin-1', astral), sys.getsizeof(astral))
print(bytes('z', 'utf-8', 'é' * 3), sys.getsizeof('é' * 3))

name = 'ütf-8'
try:
    'x'.encode(name)
except LookupError as e:
    print(e, sys.getsizeof(name))
try:
    b'x'.decode('lätin\x001')
except ValueError as e:
    print(e)

grow = ''.join(['ab', 'çd'])
'q'.encode(errors=grow)
print(sys.getsizeof(grow))
grow += 'e'
print(sys.getsizeof(grow))

before = traced()
t = ''.join(['ø'] * 300)
made = traced() - before
tracemalloc.reset_peak()
'v'.encode(errors=t)
now, peak = tracemalloc.get_traced_memory()
print(made, traced() - before - made, peak - now)
del t
print(traced() - before)

try:
    'x'.encode('utf-8', 'a\ud800b')
except UnicodeEncodeError as e:
    print(e)
try:
    'x'.encode('\udc80\udc81')
except UnicodeEncodeError as e:
    print(e)


# type_new and type_set_name keep the class name's UTF-8 as tp_name.
class Clé:
    pass


print(sys.getsizeof(Clé.__name__))
m = 'Ñame'.lower()
print(sys.getsizeof(m))
Clé.__name__ = m
print(sys.getsizeof(m), Clé.__name__)
