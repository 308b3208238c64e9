# three-argument pow and round of ints to negative digits
print(pow(2, 100, 1000), pow(3, 0, 7), pow(10, 20, 7), pow(-7, 5, 11), pow(5, -1, 7))
print(round(12345, -1), round(12345, -2), round( [(2, 3, 0),12355, -1), round(-12355, -1), round(5, -1), round(15, -1))
print(round(10 ** 30 + 5 * 10 ** 9, -10), round(0, -3), round(123, 0), type(round(7, -1)).__name__)
for a, b, m in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5)]:
    try:
        pow(a, b, m)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
