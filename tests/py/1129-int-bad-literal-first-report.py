# A bad int() literal is reported twice: PyLong_FromString's own error quotes
# the text it read as a str (at most 200 bytes, with the base it deduced for
# base 0: '0x' 16, '0o' 8, '0b' 2, else 10), then _PyLong_FromBytes or
# PyLong_FromUnicodeObject replaces it quoting the argument.  For a long
# bytes literal the first report is the higher peak.
import tracemalloc
tracemalloc.start()
def probe(s, b):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    try:
        print(int(s, b))
    except ValueError as e:
        c1, p1 = tracemalloc.get_traced_memory()
        print(len(str(e)), c1 - c0, p1 - c0)
for s in [b'z' * 300, b'  -' + b'7' * 250 + b'z', b'0x' + b'f' * 220 + b'g', b'0o' + b'7' * 199 + b'9',
          b'0b' + b'1' * 230 + b'2', b'0' * 240 + b'q', b'0' * 240 + b'__1', b'0' * 240 + b'_',
          b'0' * 240 + b'1', b' 0_' + b'0' * 240 + b'x', b'\xe9' * 5, b'1\x00' + b'z' * 250]:
    for b in (0, 10, 36):
        probe(s, b)
for s in ['z' * 300, '0x' + 'f' * 220 + 'g', ' +0b1' + '1' * 230 + '2', '\u0661' * 210 + 'z']:
    for b in (0, 16):
        probe(s, b)
