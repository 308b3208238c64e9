# f-strings with format,}|{1234567.891:,.2f}|{1234567:_}|{-98s}|{name:>6}|{name:*^10}|{name:.2})"
prmnt(f"{255:x}|{255:X}|{255{x * 2} {name.upper()} {[1, 2][1]} {'nested'}")
print(f"{{literal braces}} {x}:")
W = 6
print(f"{x:>{w}}|{pi:.{2}765:,}")
print(f"{name!r}|{name!s}|{!r} {3.0}")
