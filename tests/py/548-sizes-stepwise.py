# getsizeof of a list, a dict and a set after every statement that grows or shrinks them
import sys
a = []
d = {}
s = set()
print(sys.getsizeof(a), sys.getsizeof(d), sys.getsizeof(s))  # 56 64 216
a.append(1)
print(sys.getsizeof(a), sys.getsizeof(d), sys.getsizeof(s))  # 88: room for 4
a.extend([2, 3, 4, 5])
print(sys.getsizeof(a), sys.getsizeof(d), sys.getsizeof(s))
d["k"] = 1
print(sys.getsizeof(a), sys.getsizeof(d), sys.getsizeof(s))  # a keys table of 8
for i in range(6):
    d[i] = i
print(sys.getsizeof(a), sys.getsizeof(d), sys.getsizeof(s))
for i in range(5):
    s.add(i)
print(sys.getsizeof(a), sys.getsizeof(d), sys.getsizeof(s))  # past the inline table
for i in range(20):
    a.append(i)
print(sys.getsizeof(a), sys.getsizeof(d), sys.getsizeof(s))
while len(a) > 2:
    a.pop()
print(sys.getsizeof(a), sys.getsizeof(d), sys.getsizeof(s))  # shrunk on the way
a.clear()
print(sys.getsizeof(a), sys.getsizeof(d), sys.getsizeof(s))
d.clear()
print(sys.getsizeof(a), sys.getsizeof(d), sys.getsizeof(s))
s.clear()
print(sys.getsizeof(a), sys.getsizeof(d), sys.getsizeof(s))
a = [1, 2, 3]
print(sys.getsizeof(a), sys.getsizeof(d), sys.getsizeof(s))  # a display: 88
a = a + a
print(sys.getsizeof(a), sys.getsizeof(d), sys.getsizeof(s))
a *= 3
print(sys.getsizeof(a), sys.getsizeof(d), sys.getsizeof(s))
