# chr, ord, hex across ASCII, latin-1, BMP and astral code points
for c in "Aa0 ~\u00e9\u20ac":
    print(repr(c), ord(c), hex(ord(c)))
print(chr(65), chr(97), chr(0x263A), repr(chr(0)), repr(chr(127)), chr(0x1F600) == "\U0001F600")
print("".join(chr(ord("a") + i) for i in range(26)))
print([ord(c) - 48 for c in "2024"])
print(hex(1), hex(-1), hex(4095), hex(16 ** 10))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
