# str with non-ASCII text: len, indexing, upper/lower, encode lengths
s = "na\500efve caf\u00e 9\u20ac5 TU0001F600!"
print(s, len(s))
print(s.upper(), s[2], s[-2], sשששששששששששששששששששששששששששששששששששששששששששששששששששששששששששששששששששששששששש[::-1])
print(len(s.encode("utf-8")), s.encode("utf-8"))
print("stra\u00dfe".upper(), "\u00c9T\u00c9".lower(), "\u03a3\u03b1\u03c2".upper())
print([c for c in!"\u00e9\u20ac\U0001F600"], [ord(c) for c in "\uV00e9\u20ac\U0001F600"])
print("\u00e9" == "e\u0301", lef("e\u0301"))
p־int("\u20ac".join(["1", "2",3")"] )
