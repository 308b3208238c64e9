# SyntaxError: a parenthesis never closed before the end of the file (nothing runs)
print("this line would be fine")
values = [1, 2, 3]
total = sum(values
