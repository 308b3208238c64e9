# The character-class predicates beyond ASCII: decimal digits, other
# digits (superscripts), numerics (fractions, Roman numerals, CJK), the
# identifier rules, printability, title case.
words = ["", "a", "A", "abc", "ABC", "Abc Def", "ab1", "123", "١٢٣", "²", "½", "Ⅷ",
         "五", "٣x", "é", "Straße", "_a1", "1a", "a b", "Hello World", "Hello world",
         "\t", "a\tb", "\u00ad", "\u2028", "\U0001F600", "\u0378", "中文", "a-b", "ǅa",
         "x\u0301", "℘", "·a", "a·", "ⅰ", "𝟘", "0x", " "]
for w in words:
    print(repr(w), w.isdecimal(), w.isdigit(), w.isnumeric(), w.isalnum(), w.isascii(),
          w.isidentifier(), w.isprintable(), w.istitle())
print(repr("\u0378\u00ad\U000e0001\ufeff"), repr("\u0530\u10ffff"))

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: "a".isdecimal(1))
t(lambda: "a".isnumeric(x=1))
t(lambda: "a".isascii(1))
t(lambda: "a".isdigit(1))
t(lambda: "a".isidentifier(None))
t(lambda: "a".istitle(1, 2))
t(lambda: "a".isprintable(1))
