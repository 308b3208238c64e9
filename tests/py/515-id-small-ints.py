# small ints (-5..256) are cached, others are new objects at run time
def make(n):
    return n + 0
print(make(256) is make(256), make(257) is make(257), make(-5) is make(-5), make(-6) is make(-6))
a = int("100"); b = int("100")
print(a is b)
c = int("1000"); d = int("1000")
print(c is d, c == d)
x = 1000; y = 1000
print(x is y)
