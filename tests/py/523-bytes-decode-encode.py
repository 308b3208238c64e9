# text to bytes and back
s = "na\u00efve caf\u00e9 \u20ac5 \U0001F600!"
b = s.encode()
print(len(s), len(b), b)
print(b.decode() == s, b.decode("utf-8") == s)
print("abc".encode("ascii"), "\u00e9".encode("latin-1"), b"\xe9".decode("latin-1"))
print(bytes("xyz", "utf-8"), str(b"ab"), repr(b"it's"))
