# sys.set_int_max_str_digits / get_int_max_str_digits
# (sys_set_int_max_str_digits_impl): 0 or at least the 640-digit threshold,
# checked by str(int) and int(str) from then on.
import sys
print(sys.get_int_max_str_digits())
for a in (100, "x", 2**40, -1, 640, 0):
    try:
        print(sys.set_int_max_str_digits(a), sys.get_int_max_str_digits())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=5000)
x = int("7" * 4999)
print(len(str(x)))
try:
    int("7" * 5001)
except ValueError as e:
    print(e)
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)), len(str(int("9" * 30000))))
