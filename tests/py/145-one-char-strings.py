# one-character latin-1 strings and one-byte bytes built at run time are singletons
s = "".join(["abc", "d\u00e9f", "!"])
print(s[0] is s[0], s[0:1] is s[0], chr(97) is s[0], s[-1] is chr(33))  # True True True True
print(chr(233) is chr(233), chr(255) is chr(255), chr(256) is chr(256), chr(8364) is chr(8364))  # True True False False
t = "".join(["hel", "lo"])
print(t[1] is t[-4], t[2] is t[3], t[0:1] is chr(104))  # True True True
exclam = "!"
eacute = "\u00e9"
print(s[-1] is exclam, s[4] is eacute)  # True True: non-identifier one-char literals are the singletons
b = bytes([120, 121, 122])
x = b"x"
print(b[0:1] is x, bytes([120]) is x, b[1:2] is b[1:2])  # True True True
u = "".join(["\u20ac", "\u20ac"])
print(u[0] is u[1], u[0] == u[1])  # False True: above U+00FF there is no cache
