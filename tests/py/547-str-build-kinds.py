# Concatenation, join, f-strings and slices across ASCII, latin-1, UCS-2 and UCS-4 text:
# the result's length and size class come from its parts.
import sys
parts = ["abcdefgh", "ijklmnopq", "é", "ü-latin", "Ω-greek", "€uro", "𝄞-clef", "x"]
for a in parts:
    for b in parts:
        s = a + b
        print(len(s), sys.getsizeof(s), s == "".join([a, b]), s[1:] == (a + b)[1:])
joined = ", ".join(parts)
print(len(joined), sys.getsizeof(joined), joined)
print(sys.getsizeof("é".join(["ab", "cd"])), sys.getsizeof("€".join(["ab", "é"])))
big = "0123456789abcdef" * 10
for i in (0, 1, 7, 8, 9, 15, 16, 17, 159):
    piece = big[i:]
    print(len(piece), sys.getsizeof(piece), sys.getsizeof(big[:i]))
mixed = "abcdefgh€ijklmnop"
print(sys.getsizeof(mixed[:8]), sys.getsizeof(mixed[8:]), sys.getsizeof(mixed[9:]), mixed[9:])
n = 7
f = f"{n}-é-{'𝄞' * 2}-{n * 3}"
print(f, len(f), sys.getsizeof(f))
acc = ""
for w in ["ab", "é", "cd", "€", "𝄞"]:
    acc = acc + w
    print(len(acc), sys.getsizeof(acc))
e, a = "", "a"
print("".join([]) is e, "".join([a]) is a, (a + e) is a)
