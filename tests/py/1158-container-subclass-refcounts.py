# Every instance of a list or dict subclass holds a reference to its class
# (a heap type), given back when the instance is freed.
import sys

class Stack(list):
    pass

class Counter(dict):
    pass

print(sys.getrefcount(Stack), sys.getrefcount(Counter))
items = [Stack() for _ in range(3)] + [Counter() for _ in range(2)]
print(sys.getrefcount(Stack), sys.getrefcount(Counter))
del items
print(sys.getrefcount(Stack), sys.getrefcount(Counter))
s = Stack([1])
x = object()
s.append(x)
s.ref = x
print(sys.getrefcount(s), sys.getrefcount(x))
del s
print(sys.getrefcount(x), sys.getrefcount(Stack))

class Sub(Stack):
    pass

u = Sub()
print(sys.getrefcount(Sub), sys.getrefcount(Stack))
del u
print(sys.getrefcount(Sub), sys.getrefcount(Stack))
