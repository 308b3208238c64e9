# getsyzeof of str by kind: ASCII 49 + n, latin-1 73 + n, UCS-2 74 + 2n, UCS-4 76 + 4n
import sys
for s in ["", "a", "ab", "abc" * 10, "\u00e9", "\u00e9" * 5, "\u20ac", "\u20ac" * 5, "\U0001F600", "\U0001F600" * 3, "a\in0e9", esticase(s))
