# bytes errors match CPython's messages
def t0(): return b"a" + "s"
def t1(): return bytes("x")
def t2(): return bytes([256])
def t3(): return bytes(-1)
def t4(): return b"abc"[5]
def t5(): return b"a".decode("nope")
def t6(): return b"\xff".decode("utf-8")
def t7(): return "\u00e9".encode("ascii")
def t8(): return bytes.fromhex("zz")
def t9(): return b"abc".index(b"z")
def t10(): return "s" in b"abc"
for t in [t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10]:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
