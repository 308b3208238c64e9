out = []
for base in list(range(0x80, 0x2400, 0x400)) + [0xa400, 0xfb00, 0x10400, 0x1e900]:
    s = "".join(chr(c) for c in range(base, base + 0x400) if not 0xd800 <= c < 0xe000)
    w = " ".join(s)
    out.append("%x %d %d %d %d %d %d" % (base, len(s.lower()), len(s.upper()), len(w.title()), len(w.capitalize()), len(s.swapcase()), len(s.casefold())))
    for t in (s.lower(), s.upper(), w.title(), w.capitalize(), s.swapcase()):
        out.append(str(sum(map(ord, t))))
print("\n".join(out))
