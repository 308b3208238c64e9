# printf-style formatting at run time (PyUnicode_Format): its writer,
# empty and no longer overallocating at the format's last piece, takes a
# str written whole (no padding, nothing cut off, no sign flag) as its
# result, so the result is that str itself; anything else copies.  The
# right operand here is never a tuple display (that is compiled as an
# f-string instead: see 936).
import sys

s = 'abcdef' * 2
args = (s,)
one = {'k': s}
print(('%5s' % s) is s, ('%-3s' % s) is s, ('%.12s' % s) is s, ('%12.12s' % s) is s)
print(('%.9s' % s) is s, ('%20s' % s) is s, ('%-20s' % s) is s, ('%+s' % s) is s, ('% s' % s) is s)
print(('%012s' % s) is s, ('%#s' % s) is s, ('%s' % args) is s, ('%9s' % args) is s, ('%099s' % s) is s)
print(('%(k)s' % one) is s, ('%(k)5s' % one) is s, ('%(k)s!' % one) is s, ('x%(k)s' % one) is s)
print(('x%s' % s) is s, ('%s ' % s) is s, ('%%%s' % s) is s, ('%s%%' % s) is s)

class Named:
    def __init__(self, name):
        self.name = name
    def __str__(self):
        return self.name
    def __repr__(self):
        return self.name

n = Named(s)
print(('%s' % n) is s, ('%r' % n) is s, ('%a' % n) is s, ('%8r' % n) is s, ('%.3r' % n) is s)

f = 'plain text'
print((f % ()) is f, (f % {}) is f, (f % {'a': 1}) is f, (f % []) is f)
try:
    f % 5
except TypeError as e:
    print(e)
e = '\xe9t\xe9' * 3
print(('%s' % e) is e, ('%4s' % e) is e, ('%9s' % e) is e, ('%10s' % e) is e, ('%a' % e) == ascii(e))
print(sys.getrefcount(s))
kept = '%s' % s
print(sys.getrefcount(s), kept is s)
print(repr('%5s|%-5s|%.2s|%5.1s' % ('ab', 'cd', 'efg', 'hij')), '%a %a' % ('\u20ac', 'x'))
print('%c%c' % ('x', 0x20ac), ('%c' % 'y') is chr(121), ('%3c' % 'z'))
