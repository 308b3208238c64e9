out = []
for base in list(range(0x80, 0x3000, 0x400)) + [0xa400, 0xa800, 0xfb00, 0x10400, 0x1d000, 0x1d400]:
    cs = [chr(c) for c in range(base, base + 0x400) if not 0xd800 <= c < 0xe000]
    out.append("%x %d %d %d %d %d %d %d %d %d" % (base, sum(c.isupper() for c in cs), sum(c.islower() for c in cs), sum(c.istitle() for c in cs), sum(c.isalpha() for c in cs), sum(c.isalnum() for c in cs), sum(c.isspace() for c in cs), sum(c.isprintable() for c in cs), sum(("a" + c).isidentifier() for c in cs), sum((c + "a").istitle() for c in cs)))
print("\n".join(out))
