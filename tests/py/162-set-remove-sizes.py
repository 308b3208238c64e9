# sets never shrink on discard; clear() returns to the inline table
import sys
s = set(range(100))
print(sys.getsizeof(s))
for i in range(99):
    s.discard(i)
print(len(s), sys.getsizeof(s))
s.clear()
print(sys.getsizeof(s))  # 216
t = {1, 2, 3}
t |= set(range(10))
print(sys.getsizeof(t))
u = set()
u.update(range(20))
print(sys.getsizeof(u))
