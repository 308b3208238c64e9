# str(int) and int(str) for big numbers, leading zeros, underscores, signs
n = 2 ** 200
s = str(n)
print(s, len(s), int(s) == n)
print(int("000123"), int("-0042"), int("1_000_000"), int("+7"))
print(str(-10 ** 25), repr(10 ** 25), int("9" * 50) + 1)
print(int("ff", 16), int("-zz", 36), int("0b101", 0), int("0o17", 0), int("0x1F", 0))
for bad in ["", "1.0", "1e3", "abc", "1 2", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
