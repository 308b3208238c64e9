# Constant folding seen through `is`: CPython 3.11's AST optimizer folds a constant expression
# into one constant (two equal ones in a module are then the same object) except past its limits:
# `+` has none, `*` repeats a sequence up to 4096 characters or 256 items (and 1024 items nested
# in a tuple, check_complexity), never a negative number of times, and ints stay within 128 bits.
banner = ("=" * 4096) + "!"
again = ("=" * 4096) + "!"
print(banner is again, len(banner))
row = (0,) * 256 + (1,)
row2 = (0,) * 256 + (1,)
print(row is row2, len(row))
blob = b"x" * 4096 + b"y" * 4096
blob2 = b"x" * 4096 + b"y" * 4096
print(blob is blob2)
grid = ((1, 2, 3, 4, 5, 6, 7, 8),) * 200
grid2 = ((1, 2, 3, 4, 5, 6, 7, 8),) * 200
print(grid is grid2, len(grid))
small = ((1, 2, 3),) * 200
small2 = ((1, 2, 3),) * 200
print(small is small2)
neg = ("ab" * -1, "x")
neg2 = ("ab" * -1, "x")
print(neg is neg2, neg[0] == "")
zeros = (0 ** 1000, 0 << 1000, "q")
zeros2 = (0 ** 1000, 0 << 1000, "q")
print(zeros is zeros2)
wide = (2 ** 64 * 2 ** 64, 1)
wide2 = (2 ** 64 * 2 ** 64, 1)
print(wide is wide2)
edge = ("ab" * 2048, 1)
edge2 = ("ab" * 2048, 1)
over = ("ab" * 2049, 1)
over2 = ("ab" * 2049, 1)
print(edge is edge2, over is over2)
