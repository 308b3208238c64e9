# f-strings with format specs: alignment, precision, thousands, conversions
x = 42
pi = 3.14159265
name = "heap"
print(f"{x}|{x:>8}|{x:<8}|{x:^8}|{x:08}|{x:+}")
print(f"{pi:.3f}|{pi:10.2f}|{pi:<10.1f}|{pi:e}|{pi:.2e}|{pi:g}")
print(f"{1234567:,}|{1234567.891:,.2f}|{1234567:_}|{-98765:,}")
print(f"{name!r}|{name!s}|{name:>6}|{name:*^10}|{name:.2}")
print(f"{255:x}|{255:X}|{255:#x}|{255:b}|{255:o}|{255:#010b}")
print(f"{0.5:%}|{0.125:.1%}|{12:5d}|{-12:05d}")
print(f"{x + 1} {x * 2} {name.upper()} {[1, 2][1]} {'nested'}")
print(f"{{literal braces}} {x}")
w = 6
print(f"{x:>{w}}|{pi:.{2}f}")
print(f"{None} {True} {[1, 'a']!r} {3.0}")
