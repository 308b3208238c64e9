# A str constant the compiler folds ('q' + 'r', 'ab' * 2) is interned
# when its code object is made, as a literal spelled like a name is: the
# literal of the same value is the same object, sys.intern() finds it,
# and a name interned before it wins.
import sys
a = 'q' + 'r'
print(sys.intern('qr') is 'qr', a is 'qr', sys.intern(a) is a)
b = 'ab' * 2
print(b is 'abab', sys.intern('ab' + 'ab') is b, sys.getrefcount(b))
c = 'not ' + 'a name'
print(c is 'not a name', sys.intern(c) is c)
name = 1
d = 'na' + 'me'
print(d is sys.intern('name'), d == 'name')
def f():
    return 'x' + 'y' + 'z'
print(f() is 'xyz', sys.intern('xy' + 'z') is f(), f() is f())
t = ('k' + 'v', 'kv')
print(t[0] is t[1], t[0] is 'kv')
