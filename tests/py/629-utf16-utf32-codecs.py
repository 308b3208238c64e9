# 'utf-16' and 'utf-32' (any spelling that normalizes to utf16/utf_16) are
# fast paths of PyUnicode_AsEncodedString and PyUnicode_Decode: a BOM,
# little-endian units, and every error handler called through the codec
# registry with a UnicodeEncodeError/UnicodeDecodeError made once and
# updated.  Memory of each step is shown with tracemalloc and gc counts.
import gc
import tracemalloc


def show(f):
    gc.collect()
    before = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    n0 = gc.get_count()[0]
    try:
        r = f()
    except (UnicodeError, LookupError, TypeError) as e:
        r = (type(e).__name__, str(e))
    now, peak = tracemalloc.get_traced_memory()
    print(ascii(r), now - before, peak - before, gc.get_count()[0] - n0)


tracemalloc.start()
for enc in ["utf-16", "UTF_32"]:
    for s in ["", "hi", "h\xe9llo", "h\u20acllo", "a\U0001f600b", "x" * 300]:
        b = s.encode(enc)
        show(lambda: s.encode(enc))
        show(lambda: b.decode(enc))
    show(lambda: ("\xe9" * 40 + "\u20ac" + "z" * 50).encode(enc).decode(enc))
handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogatepass",
            "surrogateescape", "bogus"]
for s in ["a\ud800b", "\udc80", "\ud800" * 3 + "x\U0001f600"]:
    for enc in ["utf-16", "utf-32"]:
        for err in handlers:
            show(lambda: s.encode(enc, err))
bad16 = [b"a", b"\x00\xdc", b"\x00\xd8a", b"a\x00\x00\xdcb\x00", b"\xff\xfe\x00\xd8\x00\xd8\x00\xdc",
         b"\xfe\xff\xdc\x00", b"x\x00" * 20 + b"\x00\xdc" + b"\xe9\x00" * 10 + b"\x80\xdc\x01"]
bad32 = [b"a\x00\x00\x00b\x00", b"\x00\xd8\x00\x00", b"\x00\x00\x11\x00", b"\x00\x00\xfe\xff\x00\x00\xd8\x00x",
         b"\x80\xdc\x00\x00\xe9\x00\x00\x00" * 3]
handlers[5:5] = ["namereplace"]
for enc, bads in [("utf-16", bad16), ("utf-32", bad32)]:
    for b in bads:
        for err in handlers:
            show(lambda: b.decode(enc, err))
show(lambda: str(b"\xff\xfeh\x00i\x00", "utf16"))
show(lambda: bytes("hi", "Utf-32"))
tracemalloc.stop()
