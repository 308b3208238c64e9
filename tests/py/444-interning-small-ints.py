# Interning and the small-int cache: when `is` agrees with `==`.
import sys

a = 256
b = 256
print(a is b)
c = 257
d = 257
print(c is d)
x = int("256")
y = int("257")
print(x is a, y is c, y == c)
nums = [i for i in range(250, 262)]
print([n is int(str(n)) for n in nums])
print(-5 is int("-5"), -6 == int("-6"))
print(sys.getrefcount(1000) > 1)

s1 = "hello"
s2 = "hello"
print(s1 is s2)
s3 = "hello world"
s4 = "hello world"
print(s3 is s4)
s5 = "".join(["hel", "lo"])
print(s5 == s1, s5 is s1, sys.intern(s5) is s1)
s6 = "hello world!"[:-1]
print(s6 == s3, s6 is s3)
name = "variable_name"
built = "variable" + "_name"
print(name is built)
part = "variable"
built2 = part + "_name"
print(name is built2, sys.intern(built2) is name)
print("a" is "abc"[0], "é" is "café"[3], chr(97) is "a")
big = 10 ** 20
print(big is 10 ** 20, big == 10 ** 20)
print(True is (1 == 1), None is None, () is tuple())
t1 = (1, 2)
t2 = (1, 2)
print(t1 is t2, t1 == t2)
