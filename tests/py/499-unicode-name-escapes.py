import gc
print(gc.get_count())
s = "\N{BULLET} \N{latin small letter e with acute} \N{EM DASH}"
print(s, len(s))
print(ascii("\N{LF}\N{NULL}\N{BYTE ORDER MARK}\N{HANGUL SYLLABLE GGWAELH}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-20000}\N{cjk compatibility ideograph-f900}"))
print(ascii("\N{TIBETAN MARK BKA- SHOG YIG MGO}\N{HYPHEN-MINUS}\N{GRINNING FACE}"))
x = 7
print(f"{x} \N{MULTIPLICATION SIGN} {x} = {x * x} \N{CHECK MARK}")
print(b"\N{BULLET}", r"\N{BULLET}", len(rb"\N{X}"))
print(gc.get_count())
