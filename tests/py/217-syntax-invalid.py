# SyntaxError: invalid syntax
print("start")
y = 2
x = 1 +* 2
