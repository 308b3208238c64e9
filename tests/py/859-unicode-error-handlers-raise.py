# The codec error handlers that raise the exception the codec made: the
# UTF-8 encoder's 'strict' (through the codec registry), 'surrogatepass'
# for ASCII and Latin-1, 'surrogateescape' past its surrogates, and
# 'surrogatepass' decoding what is not a surrogate.  An exception made at
# an earlier error keeps its first args while its fields follow the last
# error (make_decode_exception's SetStart, SetEnd, SetReason).
import gc
import tracemalloc

def run(label, f):
    gc.collect()
    before = gc.get_count()[0]
    tracemalloc.start()
    try:
        f()
    except UnicodeError as e:
        cur, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(label, cur, peak, gc.get_count()[0] - before)
        print('  ', e)
        print('  ', e.args[2:], (e.start, e.end, e.reason), ascii(e.object)[:40], e.args[1] is e.object)

run('utf-8 strict', lambda: 'a\ud800b'.encode())
run('utf-8 strict run', lambda: 'abc\udc80\udc81\ud800z'.encode('utf-8', 'strict'))
run('utf-8 surrogateescape', lambda: 'a\udc80\ud800b'.encode('utf-8', 'surrogateescape'))
run('latin-1 surrogateescape', lambda: 'x\udc80\udcff\u20ac\u20acy'.encode('latin-1', 'surrogateescape'))
run('ascii surrogateescape', lambda: ('q' * 100 + '\udc80' * 20 + '\xe9' * 30).encode('ascii', 'surrogateescape'))
run('ascii surrogatepass', lambda: 'caf\xe9'.encode('ascii', 'surrogatepass'))
run('latin-1 surrogatepass', lambda: 'x\u20ac\u20acy'.encode('latin-1', 'surrogatepass'))
run('decode surrogatepass', lambda: b'\xed\xa0\x80ab\xff'.decode('utf-8', 'surrogatepass'))
run('decode surrogatepass twice', lambda: b'a\xed\xa0\x80\xed\xbf\xbfb\xe2\x82'.decode('utf-8', 'surrogatepass'))
run('ascii surrogatepass decode', lambda: b'ab\x80'.decode('ascii', 'surrogatepass'))
run('strict named', lambda: b'\xc3\xa9\xc3'.decode('utf-8', 'strict'))
run('ascii strict named', lambda: 'ok\u0100'.encode('ascii', errors='strict'))
