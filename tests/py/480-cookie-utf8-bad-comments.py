# -*- coding: utf-8 -*-  ÿ after the cookie
# A file that declares UTF-8 runs although comments hold bytes that are not
# UTF-8: once tok->encoding is set (check_coding_spec on the cookie line)
# the tokenizer checks no line (ensure_utf8 is only for undeclared files)
# and a comment is never decoded.  Here: ÿþ, a cut sequence â‚, a
# surrogate í €, an overlong À¯.  Showing a source line reads
# the file through io with strict decoding, which fails on the first 8 KB:
# the SyntaxWarning and the traceback show no lines.
def ratio(a, b):
    return a / b  # café


x = 5
print("same" if x is 5 else "not")  # ÿ
s = "cafÃ©"  # valid text is fine: Ã©
print(s, len(s), ascii(s))
print(ratio(1, 4))
print(ratio(1, 0))
