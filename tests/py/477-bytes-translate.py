# bytes.translate(table, /, delete=b'') (bytes_translate_impl): self when no
# byte changes, else the result made at full length and cut (_PyBytes_Resize).
import tracemalloc, gc
t = bytes(range(97)) + b"xyz" + bytes(range(100, 256))
print(len(t), t[97:100], b'aabbcc-d'.translate(t))
s = b'hello world'
print(s.translate(None) is s, s.translate(None, b'lo'), s.translate(t, b'') is s, s.translate(None, delete=b'q') is s)
print(s.translate(t, b'helowrd'), b'abc'.translate(None, b'a'), b''.translate(t))
for name, f in [("short", lambda: s.translate(b'abc')), ("str", lambda: s.translate('x' * 256)),
                ("kw", lambda: s.translate(table=None)), ("del", lambda: s.translate(None, 'x'))]:
    try:
        f()
    except Exception as e:
        print(name, type(e).__name__, e)
tracemalloc.start()
big = b'abcdef' * 100
r1 = big.translate(None, b'ace')
print(tracemalloc.get_traced_memory(), len(r1))
r2 = big.translate(t)
print(tracemalloc.get_traced_memory(), len(r2))
r3 = big.translate(None, b'z')
print(tracemalloc.get_traced_memory(), r3 is big)
r4 = big.translate(None, b'abcdef')
print(tracemalloc.get_traced_memory(), r4)
