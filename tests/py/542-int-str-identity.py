# int to str conversions make new strings even for one digit
a = str(5)
b = str(5)
print(a is b, a == b, repr(7) is repr(7), f"{3}" is f"{3}", chr(53) is chr(53))
