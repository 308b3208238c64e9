# expandtabs: the string itself when it has no tab; otherwise a new string
# of the original's kind, even when the result is one character.
import sys

for s in ["", "abc", "a\tb", "\t", "ab\tc\td", "a\tb\n\tc\r\td", "é\tü", "€\t", "x\t\ty"]:
    for n in [8, 4, 1, 0, -3]:
        r = s.expandtabs(n)
        print(repr(r), r is s, sys.getsizeof(r))
print(repr("a\tb".expandtabs(tabsize=3)), "\t".expandtabs(1) is " ")

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: "a".expandtabs("x"))
t(lambda: "a".expandtabs(1, 2))
t(lambda: "a".expandtabs(size=3))
t(lambda: "a".expandtabs(2.0))
