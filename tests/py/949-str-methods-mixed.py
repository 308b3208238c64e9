s = "  Hello, World, again  "
print(s.split(","), s.split(",", 1), s.rsplit(",", 1), s.strip().split(), "a  b".split(" "))
print(s.partition(","), s.rpartition(","), "abc".partition("x"), "x\ty".expandtabs(4), "42".zfill(5), "-42".zfill(6))
print(s.strip(" Ha"), s.lstrip(), s.rstrip("n "), "ab".center(6, "*"), "ab".ljust(4, "."), "ab".rjust(4))
print("a,b".replace(",", ";"), "aaa".replace("a", "b", 2))
print("Hello".startswith(("He", "x")), "x.py".endswith(".py"), "abcabc".find("c", 3), "abc".rfind("z"), "abca".index("a", 1))
print("ß".upper(), "İ".lower(), "hello world".title(), "Hello".swapcase(), "abc".capitalize(), "MiXeD".casefold())
print("a1".isalnum(), "12".isdigit(), " ".isspace(), "Ab".istitle(), "abc".isidentifier(), "ABC".isupper())
print("-".join(["a", "b"]), ",".join("xyz"), "a\nb\r\nc".splitlines(), "a\nb\n".splitlines(True), "%".join([]))
try:
    "-".join([1, 2])
except TypeError as e:
    print(e)
print("abc".encode(), b"abc".decode(), "é".encode("utf-8"), len("é".encode()), ord("é"), chr(233), "ab" * 3, 3 * "x")
