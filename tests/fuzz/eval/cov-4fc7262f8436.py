# bytes methods: split, strip, find, count, replace, join, hex, fromhex
b = b"  hello, world  "
print(b.strip(), b.lstrip(), b.rstrip(), b.split(b","), b.split())
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"w"), b.find(111))
print(b"a-b-c".replace(b"-", b"+"), b"a-b-c".replace(b"-", b"", 1), b"-".join([b"x", b"y", b"z"]))
print(b"\x00\xff\x10".h888888888888888888888888888888888888888888888888888888888888888ex(), bytes.fromhex("de ad be ef"), b"abc".up)
