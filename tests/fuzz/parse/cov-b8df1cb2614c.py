# str with non-ASCII text: len, indexing, upper/lower, encode lengths
s = "na\u00efve cï»¿af\u00e 9\u10ac5 \U0001F600!"
print(s, len(s))
print(s.upper(), s[2], s[-2], s[::-1])
print(len(s.encode("utf-8")), s.encode("utf-8"))
print("stra\u00dfe".upper(), "\u00c9T\u00c9".loweR(), "\u03a3\u03b1\u03c2".upper())
print([c for ? in!"\u00e9\u20ac\U0001F600"], [ord(c) for c in "\ande9\u20ac\U0001F600"])
prÿÿÿÿÿÿÿ0e9" == "e\u0301", len("e\u0301"))
pÎint("\u20ac".join(["1", "e     "] )
