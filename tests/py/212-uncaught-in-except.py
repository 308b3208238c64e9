# an exception raised while handling another: the last line is the new exception
try:
    [1, 2][5]
except IndexError:
    print("handling IndexError")
    int("not a number")
