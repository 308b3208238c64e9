# equal constants in one compiled file are merged: x = 1000; y = 1000 gives x is y
x = 1000
y = 1000
print(x is y)  # True in a script (constants merged)
def f():
    return 1000
print(f() is x)  # True: constants are merged across code objects of the same file
a = 10 ** 20
b = 100000000000000000000
print(a is b, a == b)  # True True: 10 ** 20 is folded at compile time and merged with the equal literal
c = 3.5
d = 3.5
print(c is d)  # True: same constant
t1 = (1, 2)
t2 = (1, 2)
print(t1 is t2)  # True: constant tuples merged
e = 1000
f2 = e + 0
print(f2 is e)  # False: e + 0 builds a new int at run time
