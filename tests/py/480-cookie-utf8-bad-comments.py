# -*- coding: utf-8 -*-  ÿ after the cookie
# A file that declares UTF-8 runs although comments hold bytes that are not
# UTF-8: once tok->encoding is set (check_coding_spec on the cookie line)
# the tokenizer checks no line (ensure_utf8 is only for undeclared files)
# and a comment is never decoded.  Here: ÿþ, a cut sequence â‚, a
# surrogate í €, an overlong À¯.  Showing a source line reads
# the file through io with strict decoding, which fails on the first 8 KB:
# the SyntaxWarning and the traceback show no lines, and linecache
# (Traceback.format) has none.
def ratio(a, b):
    return a / b  # café

import tracemalloc
x = 5
print("same" if x is 5 else "not")  # ÿ
s = "cafÃ©"  # valid text is fine: Ã©
print(s, len(s), ascii(s))
print(ratio(1, 4))
tracemalloc.start()
blob = str(ratio(3, 4)) * 100
stats = tracemalloc.take_snapshot().statistics("traceback")
lines = stats[0].traceback.format()  # linecache: no text
print(len(lines), lines[0].rsplit(",", 1)[1])
tracemalloc.stop()
print(ratio(1, 0))
