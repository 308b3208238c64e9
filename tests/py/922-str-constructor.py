# str(object, encoding, errors) as a constructor: keywords, decoding bytes,
# and the errors of bad calls, each with CPython's message.
def attempt(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: str())
attempt(lambda: str(object=7))
attempt(lambda: str(object=b'x'))
attempt(lambda: str(encoding='ascii'))
attempt(lambda: str(b'abc', 'ascii'))
attempt(lambda: str(b'caf\xc3\xa9', 'utf-8'))
attempt(lambda: str(b'caf\xc3\xa9', encoding='latin-1'))
attempt(lambda: str(b'ab', errors='strict'))
attempt(lambda: str(object=b'hi', encoding='utf-8', errors='strict'))
attempt(lambda: str(1, 2, 3, 4))
attempt(lambda: str(foo=1))
attempt(lambda: str(1, object=2))
attempt(lambda: str(b'x', 'ascii', errors='strict', encoding='ascii'))
attempt(lambda: str(b'x', 1))
attempt(lambda: str(b'x', encoding=None))
attempt(lambda: str(b'x', 'ascii', 5))
attempt(lambda: str('x', 'ascii'))
attempt(lambda: str(5, 'ascii'))
attempt(lambda: str(None, errors='strict'))
attempt(lambda: str(b'\xff', 'ascii'))
attempt(lambda: str(b'\xff\xfe', 'utf-8'))
attempt(lambda: str(b'x', 'no-such-codec'))
s = str(b'12345', 'ascii')
print(s, len(s), int(s) + 1)
