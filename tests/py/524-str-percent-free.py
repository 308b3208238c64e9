# str methods not covered elsewhere: rpartition, rfind, rsplit-free variants, title, swapcase
s = "Hello World"
print(s.rpartition("o"), s.rfind("o"), s.rindex("l"), s.title(), s.swapcase(), s.casefold() if False else s.lower())
print("a.b.c".rpartition("."), "abc".rpartition("x"), "x".center(5, "-"), "7".zfill(3), "-7".zfill(4))
print("  x ".strip(), "xyx".strip("x"), "a\tb".split(), "a  b".split(" "), "".split(), "abc".split("b"))
print("ab" in "cabd", "Ab".isupper(), "ab1".isalnum(), "".isalpha(), " \t".isspace())
