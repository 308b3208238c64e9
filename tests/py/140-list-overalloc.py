# list over-allocation: capacity after appends vs exact-size constructors
import sys
def capacity(l):
    return (sys.getsizeof(l) - 56) // 8
a = []
caps = []
for i in range(30):
    a.append(i)
    caps.append(capacity(a))
print(caps)
print(capacity([0] * 30), capacity(list(range(30))), capacity([i for i in range(30)]))
b = [0] * 8
b.append(1)
print(len(b), capacity(b))  # 9 16
c = [0] * 100
c.append(1)
print(len(c), capacity(c))  # 101 116
d = [1, 2, 3]
d.extend(range(100))
print(len(d), capacity(d))
