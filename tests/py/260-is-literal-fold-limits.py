# "is" against computed ints: the SyntaxWarning comes only when the AST optimizer folds the
# expression into a constant, and it folds *, ** and << only within 128 bits (safe_multiply,
# safe_power, safe_lshift), so 2 ** 100 stays an operation and gets no warning.
def compute(v):
    return v * 2 - v
big = compute(2 ** 100)
print(big is 2 ** 100, big == 2 ** 100)
print(big is 2 ** 62)
print(big is 1 << 200, big is 1 << 100)
print(big is 2 ** -1, (big is 0 ** -1) if big is None else "not run")
print(big is 10 ** 20 * 10 ** 20, big is 10 ** 18 * 10 ** 18)
print(big is 3 ** 81, big is 3 ** 80, big is -2 ** 127, big is (-2) ** 128)
print(big is 1 >> 300, (big is 1 << -1, big is 1 >> -1) if big is None else "not run")
print(big is 123456789012345678901234567890 * 2)
print(big is 1234567890123456789012345678901234567890 * 2)
print(big is (2 ** 64) ** 2, big is 2 ** 64 * 2 ** 64, big is 2 ** 63 * 2 ** 64)
print(big is 0 ** 1000, big is 1 ** 1000, big is 0 << 1000)
print(big is (1 << 127) + (1 << 127), big is ((1 << 127) + (1 << 127)) * 1)
print(big is 340282366920938463463374607431768211455 * 1)
print(big is 340282366920938463463374607431768211456 * 1)
print(big is 7 ** 45, big is 7 ** 46, big is 0x7 << 125, big is 0x7 << 126)
print(big is -1 >> 1000, big is True << 127, big is True << 128, big is ~(2 ** 100))
print(big is not 2 ** 200, big is not 2 ** 20)
