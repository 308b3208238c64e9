print(f"{3.14159:.2f}|{42:>6}|{42:<6}|{42:^6}|{'s':*^7}|{255:#x}|{255:08b}|{1234567:,}|{0.5:%}")
w = 10; p = 3
print(f"{3.14159:{w}.{p}f}|{'abc'!r:>8}|{'é'!a}|{-5:+d}|{5:+d}|{1e20:g}|{1.5e-7:e}")
x = 7
print(f"{x=}", f"{x * 2 = }", f"{x!r:>4}")
print("%s-%d-%05.1f-%x-%r" % ("a", 3, 2.345, 255, "q"))
print("{0}{1}{0}".format("ab", "cd"), "{:>5}".format("x"), "{a}-{b}".format(a=1, b=2))
print(format(12.5, "08.3f"), format(10, "o"), round(2.675, 2), round(2.5), round(3.5), round(-0.5))
print(str(1e16), str(1.0e15), repr(0.1 + 0.2), 1/3, 2**0.5, float("inf"), -float("inf"), float("nan"))
print(int("  42 "), int("ff", 16), int("0b101", 0), int(-3.9), int("1_000"))
