# ascii() of a repr that is not ASCII (PyObject_ASCII): the escaped text is
# written by unicode_encode_ucs1's bytes writer (backslashreplace): a 512-byte
# stack buffer, then a bytes object, a quarter larger while the replacement
# is not the last write, resized to its length at the end; then decoded as
# ASCII.  Its peak is python3's.  Found by gen.py's convs feature (seed
# 32700028: ascii() of a list's repr with a euro sign in each item).
import tracemalloc
tracemalloc.start()
def probe(label, f):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    a = f()
    c1, p1 = tracemalloc.get_traced_memory()
    print(label, len(a), c1 - c0, p1 - c0)
items = ["\u20acxxxxxxxxxx"] * 34
for v in [items, "\u20ac" * 100, "x" * 600 + "\u00e9", "x" * 505 + "\u00e9" * 3 + "y",
          ["\U0001f600", "a" * 40] * 12, "\u00e9" + "z" * 700, "a\u00e9" * 200, "ok"]:
    probe('ascii', lambda: ascii(v))
    probe('!a', lambda: f"{v!a}")
    probe('%a', lambda: "%a" % (v,))
