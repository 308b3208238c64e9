# sys.getsizeof of a list subclass's instance: list's 40 bytes, an 8-byte
# __weakref__ slot, the GC header and the managed __dict__'s two pointers
# in the pre-header; __slots__ remove the dict and weakref and add 8 bytes
# each; the item array counts as list's does, grown as list's grows.
import sys

class Stack(list):
    pass

class NoDict(list):
    __slots__ = ()

class Two(list):
    __slots__ = ('a', 'b')

class Sub(Stack):
    pass

print(sys.getsizeof([]), sys.getsizeof(Stack()), sys.getsizeof(NoDict()), sys.getsizeof(Two()))
print(sys.getsizeof(Sub()), Sub().__sizeof__(), Stack().__sizeof__())
s = Stack()
for i in range(10):
    s.append(i)
    print(len(s), sys.getsizeof(s))
print(sys.getsizeof(Stack([1, 2, 3])), sys.getsizeof(list([1, 2, 3])))
print(sys.getsizeof(Stack(range(5))), sys.getsizeof(Stack("abcdefg")))
t = Two([1])
t.a = 1
print(sys.getsizeof(t), t.a)
try:
    t.c = 3
except AttributeError as e:
    print(e)
try:
    print(t.b)
except AttributeError as e:
    print(e)
