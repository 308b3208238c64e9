# sys.getsizeof of latin-1 (non-ASCII, < U+0100) strings: 72 + length + 1
import sys
e = "\u00e9"
print(sys.getsizeof(e))  # 74
print(sys.getsizeof("a" + e))  # 75
for n in [1, 2, 5, 10, 100]:
    print(n, sys.getsizeof(e * n))
print(sys.getsizeof("caf\u00e9"), sys.getsizeof("\u00ff" * 3), sys.getsizeof("\u00e9t\u00e9"))
print(sys.getsizeof("\u00e9"[0:0]), sys.getsizeof(("x" + e)[:1]))
