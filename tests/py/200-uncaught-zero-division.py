# uncaught ZeroDivisionError: traceback on stderr, exit status 1, earlier output kept
print("before")
x = 10
y = x - 10
print(x / y)
print("never printed")
