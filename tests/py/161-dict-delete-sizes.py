# dict deletions do not shrink the table; clear() returns to the empty size; popitem
import sys
d = {}
for i in range(20):
    d["k" + str(i)] = i
print(sys.getsizeof(d))
for i in range(19):
    del d["k" + str(i)]
print(len(d), sys.getsizeof(d))
d.clear()
print(sys.getsizeof(d))  # 64
e = {i: i for i in range(10)}
print(sys.getsizeof(e))
while e:
    e.popitem()
print(sys.getsizeof(e))
c = {"a": 1, "b": 2}.copy()
print(sys.getsizeof(c))
