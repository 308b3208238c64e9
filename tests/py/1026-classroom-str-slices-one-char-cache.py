# Classroom: slicing a str makes new objects, but one-character strs are cached.
import sys

s = "hello world"
a = s[0:5]
b = s[0:5]
print(a == b, a is b)
print("one char:", s[0] is s[0], s[4] is "o")
print("one char from slice:", s[1:2] is s[1])
print("whole slice:", s[:] is s, s[0:len(s)] is s)
print("empty:", s[3:3] is "", s[5:2] is "")
print("sizes:", sys.getsizeof(s), sys.getsizeof(a), sys.getsizeof(s[0]), sys.getsizeof(""))
c = "é"
print(sys.getsizeof(c), sys.getsizeof("é" * 2))
x = "caf" + "é"
print(sys.getsizeof(x), x[3] is "é")
w = "naïve"
print(w[2] is "ï", sys.getsizeof(w))
t = s.split()
print(t[0] is a, t[0] == a)
print("upper makes new:", s.upper() is s.upper())
print("rc of cached 'h' big:", sys.getrefcount(s[0]) > 3)
chars = [ch for ch in "abcabc"]
print(chars[0] is chars[3])
print(s[::-1], s[::2], sys.getsizeof(s[::-1]))
