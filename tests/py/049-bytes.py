# bytes literals, indexing, slicing, methods and repr
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1])
print(b + b" world", b * 2, b.upper(), b.replace(b"l", b"L"))
print(b"a,b,c".split(b","), b"-".join([b"x", b"y"]), b.find(b"l"), b.startswith(b"he"))
print(bytes(3), bytes([65, 66, 67]), bytes("caf\u00e9", "utf-8"), bytes(range(5)))
print(b"\x00\x7f\x80\xff", b"tab\there", b"quote'", b'dq"', b"both'\"")
print(list(b"AZ"), b"abc" == b"abc", b"a" < b"b", b"ab" in b"cabd")
print(repr(b""), b"x".hex(), "caf\u00e9".encode("utf-8"), b"caf\xc3\xa9".decode("utf-8"))
