# Builtins that are Argument Clinic functions take their parameters by name
# too: round(number=...), pow(base=..., exp=..., mod=...), sum(start=...),
# bytes(source=..., encoding=..., errors=...), with CPython's messages for
# a name given twice, a missing argument and an unknown keyword.
try:
    print('round(number=2.5)', '->', repr(round(number=2.5)))
except Exception as e:
    print('round(number=2.5)', '!!', type(e).__name__, e)
try:
    print('round(number=2.567, ndigits=2)', '->', repr(round(number=2.567, ndigits=2)))
except Exception as e:
    print('round(number=2.567, ndigits=2)', '!!', type(e).__name__, e)
try:
    print('round(2.5, number=1)', '->', repr(round(2.5, number=1)))
except Exception as e:
    print('round(2.5, number=1)', '!!', type(e).__name__, e)
try:
    print('round(ndigits=1)', '->', repr(round(ndigits=1)))
except Exception as e:
    print('round(ndigits=1)', '!!', type(e).__name__, e)
try:
    print('round(2.5, ndigits=None)', '->', repr(round(2.5, ndigits=None)))
except Exception as e:
    print('round(2.5, ndigits=None)', '!!', type(e).__name__, e)
try:
    print('pow(base=2, exp=3)', '->', repr(pow(base=2, exp=3)))
except Exception as e:
    print('pow(base=2, exp=3)', '!!', type(e).__name__, e)
try:
    print('pow(2, exp=3, mod=5)', '->', repr(pow(2, exp=3, mod=5)))
except Exception as e:
    print('pow(2, exp=3, mod=5)', '!!', type(e).__name__, e)
try:
    print('pow(2, 3, mod=None)', '->', repr(pow(2, 3, mod=None)))
except Exception as e:
    print('pow(2, 3, mod=None)', '!!', type(e).__name__, e)
try:
    print('pow(2, base=3)', '->', repr(pow(2, base=3)))
except Exception as e:
    print('pow(2, base=3)', '!!', type(e).__name__, e)
try:
    print('pow(2, 3, 5, 7)', '->', repr(pow(2, 3, 5, 7)))
except Exception as e:
    print('pow(2, 3, 5, 7)', '!!', type(e).__name__, e)
try:
    print('pow(exp=2)', '->', repr(pow(exp=2)))
except Exception as e:
    print('pow(exp=2)', '!!', type(e).__name__, e)
try:
    print('pow(2, 3, modulus=4)', '->', repr(pow(2, 3, modulus=4)))
except Exception as e:
    print('pow(2, 3, modulus=4)', '!!', type(e).__name__, e)
try:
    print('sum([1], start=1)', '->', repr(sum([1], start=1)))
except Exception as e:
    print('sum([1], start=1)', '!!', type(e).__name__, e)
try:
    print('sum(iterable=[1])', '->', repr(sum(iterable=[1])))
except Exception as e:
    print('sum(iterable=[1])', '!!', type(e).__name__, e)
try:
    print('sum([1], 2, start=3)', '->', repr(sum([1], 2, start=3)))
except Exception as e:
    print('sum([1], 2, start=3)', '!!', type(e).__name__, e)
try:
    print('bytes()', '->', repr(bytes()))
except Exception as e:
    print('bytes()', '!!', type(e).__name__, e)
try:
    print("bytes(encoding='ascii')", '->', repr(bytes(encoding='ascii')))
except Exception as e:
    print("bytes(encoding='ascii')", '!!', type(e).__name__, e)
try:
    print("bytes(errors='strict')", '->', repr(bytes(errors='strict')))
except Exception as e:
    print("bytes(errors='strict')", '!!', type(e).__name__, e)
try:
    print("bytes(3, 'ascii')", '->', repr(bytes(3, 'ascii')))
except Exception as e:
    print("bytes(3, 'ascii')", '!!', type(e).__name__, e)
try:
    print("bytes(3, errors='strict')", '->', repr(bytes(3, errors='strict')))
except Exception as e:
    print("bytes(3, errors='strict')", '!!', type(e).__name__, e)
try:
    print("bytes('\\u00e9', 'utf-8')", '->', repr(bytes('\u00e9', 'utf-8')))
except Exception as e:
    print("bytes('\\u00e9', 'utf-8')", '!!', type(e).__name__, e)
try:
    print("bytes('ab', 'ascii', 'strict')", '->', repr(bytes('ab', 'ascii', 'strict')))
except Exception as e:
    print("bytes('ab', 'ascii', 'strict')", '!!', type(e).__name__, e)
try:
    print("bytes('ab', encoding=5)", '->', repr(bytes('ab', encoding=5)))
except Exception as e:
    print("bytes('ab', encoding=5)", '!!', type(e).__name__, e)
try:
    print("bytes('ab', errors=5)", '->', repr(bytes('ab', errors=5)))
except Exception as e:
    print("bytes('ab', errors=5)", '!!', type(e).__name__, e)
try:
    print("bytes('ab', errors='strict')", '->', repr(bytes('ab', errors='strict')))
except Exception as e:
    print("bytes('ab', errors='strict')", '!!', type(e).__name__, e)
try:
    print('bytes(source=[3])', '->', repr(bytes(source=[3])))
except Exception as e:
    print('bytes(source=[3])', '!!', type(e).__name__, e)
try:
    print('bytes(2, 3, 4, 5)', '->', repr(bytes(2, 3, 4, 5)))
except Exception as e:
    print('bytes(2, 3, 4, 5)', '!!', type(e).__name__, e)
try:
    print('bytes(sourc=1)', '->', repr(bytes(sourc=1)))
except Exception as e:
    print('bytes(sourc=1)', '!!', type(e).__name__, e)
try:
    print('bytes(1, source=2)', '->', repr(bytes(1, source=2)))
except Exception as e:
    print('bytes(1, source=2)', '!!', type(e).__name__, e)
import tracemalloc
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
kept = [bytes("memory", encoding="ascii"), bytes(source=4), bytes(b"xy"), round(number=7.25, ndigits=1)]
print(kept, tracemalloc.get_traced_memory()[0] - before)
