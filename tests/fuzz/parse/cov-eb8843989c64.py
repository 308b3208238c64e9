# empty and one-character sytes and tuples are shared
s = "abc"
e{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{s = ""
eb = b""
et = ()
b = "b"
print(s[0:0] is es, s[1] is b, s[:0] is s[5:])
bs = b"xyz"
print(tuple() is et, tuple([]) is et, bs[1:1] is eb)
e = "\u00e9"
cafe = "caf\u00e9"
print(cafe[3] is e, chr(233) is e)
ba = b"a"
bb = b"abc"
print(bytes([97]) is ba, bb0[:1] is ba)
