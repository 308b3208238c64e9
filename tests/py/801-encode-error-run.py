# The strict encoders take the whole run of characters they cannot encode
# (unicode_encode_ucs1's collend), and UnicodeEncodeError's message names a
# single character by its width: \xXX, \uXXXX or \UXXXXXXXX, or a run by
# its first and last positions.
cases = [
    ("a\u20ac\u20acb", "latin-1"),
    ("\xe9", "ascii"),
    ("a\xe9\xe9", "ascii"),
    ("a\U0001F600", "latin-1"),
    ("\u20ac\xe9\u20ac", "latin-1"),
    ("ab\U0001F600\u20ac", "ascii"),
    ("\x80", "ascii"),
    ("\xff\u0100", "latin-1"),
    ("x\u0100y\u0101", "latin-1"),
    ("\u0394" * 5 + "ok", "ascii"),
]
for text, codec in cases:
    try:
        text.encode(codec)
    except UnicodeEncodeError as e:
        print("encode:", e)
    try:
        bytes(text, codec)
    except UnicodeEncodeError as e:
        print("bytes: ", e)
    try:
        bytes(source=text, encoding=codec, errors="strict")
    except UnicodeEncodeError as e:
        print("kw:    ", e)
"\u20ac\u20ac".encode("ascii")
