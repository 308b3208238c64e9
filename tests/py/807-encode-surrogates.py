# The UTF-8 encoder refuses surrogates (strict): one as '\udXXX', a run of
# them by its first and last positions, the rest of the str not looked at.
s = "a\ud800b"
print(repr(s), len(s), ascii(s))
for enc in ["utf-8", "utf8", "UTF-8", "UTF 8", "ascii", "latin-1"]:
    try:
        print(enc, s.encode(enc))
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e)
for t in ["\udfff", "\ud800\udc00", "x\udc80y\udc81", "é\ud83d", "\ud83d\ude00", "€\udc00\udc01\udc02!",
          "\U0001f600\udc00", "\ud7ff\ue000"]:
    for f in (lambda: t.encode(), lambda: bytes(t, "utf-8"), lambda: t.encode("ascii"), lambda: str.encode(t)):
        try:
            print(repr(t), f())
        except UnicodeEncodeError as e:
            print(repr(t), e)
try:
    b"\xed\xa0\x80".decode()
except UnicodeDecodeError as e:
    print(e)
