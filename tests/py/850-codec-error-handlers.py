# bytes.decode / str.encode / bytes() / str() with the error handlers the
# codecs write themselves (ignore, replace, surrogateescape; encoding also
# backslashreplace, xmlcharrefreplace, surrogatepass): the results, their
# sizes and the peak of each call (the writer's buffer, widened or grown,
# then cut to its length).
import sys
import tracemalloc

def measure(label, f):
    tracemalloc.start()
    try:
        r = f()
    except Exception as e:
        tracemalloc.stop()
        print(label, '!!', type(e).__name__, e)
        return
    cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(label, ascii(r)[:60], sys.getsizeof(r), peak)

data = [b'abc\xff', b'\xff', b'a\xffb\xfe', b'caf\xc3\xa9\xff!', b'\xe2\x82', b'\xe2\x82x',
        b'x\xe2\x82\xacy\xf0\x9f\x98\x80\xff', b'ab' * 300 + b'\xff', b'\xc3\xa9' * 10 + b'\x80\x80',
        b'\xed\xa0\x80z', b'\xf4\x90\x80\x80', b'\xc0\xaf', b'plain']
for enc in ['utf-8', 'ascii', 'latin-1']:
    for errors in ['ignore', 'replace', 'surrogateescape']:
        for b in data:
            measure('%s %s %s' % (enc, errors, ascii(b)[:24]), lambda: b.decode(enc, errors))

texts = ['abc', 'caf\xe9', 'caf\xe9\u20ac!', 'x\U0001f600y\udc80z', 'a\udcff\udc80b', '\xe9' * 600,
         '\u20ac' * 200 + 'a', 'a\udc80' * 300, '\u20ac\u20ac', '\U0001f600' * 150, 'q\ud800\udfffq']
for enc in ['utf-8', 'ascii', 'latin-1']:
    for errors in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape']:
        for s in texts:
            measure('%s %s %s' % (enc, errors, ascii(s)[:24]), lambda: s.encode(enc, errors))
for s in texts:
    measure('surrogatepass ' + ascii(s)[:24], lambda: s.encode('utf-8', 'surrogatepass'))

# The handler is looked up only at the first error: any name does for clean input.
print(b'clean'.decode('ascii', 'no-such-handler'), 'clean'.encode('latin-1', 'no-such-handler'))
print(b''.decode('no-such-codec'))
for f in [lambda: b'\xff'.decode('utf-8', 'no-such-handler'), lambda: '\xe9'.encode('ascii', 'nope'),
          lambda: 'a\ud800b'.encode('utf-8'), lambda: 'a\ud800\udfffb'.encode('utf-8', 'strict'),
          lambda: 'x\udc80\u20ac'.encode('latin-1', 'surrogateescape'),
          lambda: 'a\ud800b'.encode('utf-8', 'surrogateescape'), lambda: 'caf\xe9'.encode('ascii', 'surrogatepass'),
          lambda: 'x\u20ac\u20acy'.encode('latin-1', 'surrogatepass'), lambda: 'caf\xe9'.encode('latin-1', 'surrogatepass')]:
    try:
        print(f())
    except (LookupError, UnicodeError) as e:
        print(type(e).__name__, e)

# The constructors take the same handlers.
measure('bytes()', lambda: bytes('caf\xe9\u20ac', 'ascii', 'replace'))
measure('str()', lambda: str(b'caf\xc3\xa9\xff', 'utf-8', 'surrogateescape'))
measure('errors=', lambda: b'\xff\xfe'.decode(errors='ignore'))
measure('round trip', lambda: b'caf\xe9\xff'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))

# backslashreplace decoding goes through the codec registry: a
# UnicodeDecodeError made at the first error (its arguments, a copy of the
# input among them), the handler's (str, end) tuple at each, the writer
# made to overallocate; gc.get_count() sees the GC objects.
import gc
more = data + [b'\xff' * 300, b'a' * 400 + b'\xff\xfe' * 100, b'\x80abc' * 50, b'a' * 256 + b'\xff', b'a' * 257 + b'\xff']
for enc in ['utf-8', 'ascii']:
    for b in more:
        gc.collect()
        before = gc.get_count()[0]
        measure('%s backslashreplace %s' % (enc, ascii(b)[:24]), lambda: b.decode(enc, 'backslashreplace'))
        print('  gc count', gc.get_count()[0] - before)

# surrogatepass through the registry: a lone surrogate for three UTF-8
# bytes that encode one, else the decoder's own error; xmlcharrefreplace
# and namereplace cannot decode; a name the registry lacks is LookupError.
odd = [b'a\xed\xa0\x80b', b'\xed\xb2\x80', b'x' * 300 + b'\xed\xa0\x80\xed\xbf\xbf', b'ab\xff', b'\xed\xa0',
       b'caf\xc3\xa9\xed\xa0\x80', b'\xe2\x82\xac\xed\xa0\x80z']
for enc in ['utf-8', 'ascii']:
    for errors in ['surrogatepass', 'xmlcharrefreplace', 'namereplace', 'nosuch']:
        for b in odd:
            gc.collect()
            before = gc.get_count()[0]
            try:
                r = b.decode(enc, errors)
            except (UnicodeError, TypeError, LookupError) as e:
                print(enc, errors, ascii(b)[:24], '!!', type(e).__name__, e)
                continue
            del r
            measure('%s %s %s' % (enc, errors, ascii(b)[:24]), lambda: b.decode(enc, errors))
            print('  gc count', gc.get_count()[0] - before)
