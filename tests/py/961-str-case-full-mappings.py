tests = ["ΟΔΟΣ", "ΟΔΟΣ ΟΔΟΣ.", "Σ", "aΣ", "aΣb", "aΣ'", "a'Σ", "A.Σ:x", "ΣΑΣ", "İstanbul", "ǆemal ǅ Ǆ", "ß straße", "ﬁne ﬂow", "ŉ", "ǰ", "ΐ", "hello world", "o'neil mc-donald", "ᾳ ᾼ", "ﬀ", "ǅungla", "abc DEF ĞüŞ"]
for t in tests:
    print(repr(t), repr(t.lower()), repr(t.upper()), repr(t.title()), repr(t.capitalize()), repr(t.swapcase()), repr(t.casefold()))
import sys
print(sys.getsizeof("İ".lower()), sys.getsizeof("ß".upper()), len("ﬁ".upper()), "ǅ".istitle(), "ǅ".isupper(), "ǅ".islower())
print("ᾼ".lower(), "ᾳ".upper(), "ᾳ".title(), len("ᾳ".upper()))
