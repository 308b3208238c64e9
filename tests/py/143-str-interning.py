# string literals: identifier-like constants are interned, equal constants merged per file
a = "hello"
b = "hel" + "lo"
print(a is b)  # True: folded at compile time and interned
c = "hello world!"
d = "hello world!"
print(c is d)  # True: same constant in one file
def f():
    return "hello world!"
print(f() is c)  # True: constants are merged across the file's code objects
s1 = "".join(["hel", "lo"])
print(s1 == a, s1 is a)  # True False: built at run time
s2 = "_".join(["x", "y"])
x_y = "x_y"
print(s2 is x_y, s2 == x_y)  # False True
class K:
    pass
k = K()
name = "".join(["dyn", "attr"])
k.__dict__[name] = 1
print(list(vars(k))[0] is name)  # True
