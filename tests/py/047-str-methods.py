# common str methods
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
t = s.strip()
print(t.upper(), t.lower(), t.swapcase(), t.title())
print(t.replace("l", "L"), t.replace("l", "", 1), t.find("o"), t.find("z"), t.rfind("o"))
print(t.startswith("Hell"), t.endswith("!"), t.count("l"), t.index("W"))
print("a,b,,c".split(","), "  a  b c ".split(), "a-b-c".split("-", 1))
print("-".join(["x", "y", "z"]), "".join("abc"), ", ".join([]))
print("xxhixx".strip("x"), "42".zfill(5), "ab".center(6, "*"), "ab".ljust(4, "."), "ab".rjust(4))
print("abc".isalpha(), "123".isdigit(), "a1".isalnum(), "   ".isspace(), "Abc".islower(), "ABC".isupper())
print("line1\nline2\n".splitlines(), "a b".partition(" "), "k=v=w".rpartition("="))
print("hello"[::-1], "ab" * 3, "abc" < "abd", "Z" < "a")
