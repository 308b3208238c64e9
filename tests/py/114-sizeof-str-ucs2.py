# sys.getsizeof of UCS-2 strings (some char in U+0100..U+FFFF): 72 + 2 * (length + 1)
import sys
eur = "\u20ac"
print(sys.getsizeof(eur))  # 76
for n in [1, 2, 5, 10, 100]:
    print(n, sys.getsizeof(eur * n))
print(sys.getsizeof("price: 5" + eur))  # ASCII text widened to 2 bytes per char
print(sys.getsizeof("\u0100"), sys.getsizeof("\uffff"), sys.getsizeof("\u03b1\u03b2\u03b3"))
print(sys.getsizeof(("ab" + eur)[:2]), sys.getsizeof(("\u00e9" + eur)[:1]))
