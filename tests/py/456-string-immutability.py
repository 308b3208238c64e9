# Strings are immutable: methods return new objects; ids and sizes tell the story.
import sys

s = "hello"
before = id(s)
s += " world"
print(id(s) == before, s)
t = s
s += "!"
print(t, s, t is s)
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
u = s.replace("h", "H")
print(u, u is s, s.replace("zzz", "y") is s)
print(s.strip() is s, " x ".strip(), s.lower() is s, s.upper())
print(s.split(" "), "-".join(s.split(" ")))
print(sys.getsizeof(""), sys.getsizeof("a"), sys.getsizeof("ab"), sys.getsizeof(s))
print(sys.getsizeof("ä"), sys.getsizeof("äb"), sys.getsizeof("Ω"), sys.getsizeof("Ωb"))
print(s[::-1], s[::-1][::-1] == s, s[::-1][::-1] is s)
print(s.find("o"), s.count("o"), s.index("w"), s.startswith("hell"), "lo w" in s)
chars = list(s)
print(chars[:5], sys.getsizeof(chars))
print(chars[2] is chars[3], chars[0] is "h")
print(str(123) == "123", str(123) is str(123), repr("a'b"), repr('a"b'))
print(f"{s!r:>20}|", f"{len(s):05d}", f"{3.14159:.2f}")
