# class Stack(list): an instance is a list (list's methods, len, repr,
# iteration, isinstance, the mro) with a class's methods and attributes.
class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

s = Stack()
s.push(1)
s.push(2)
s.extend([3, 4])
print(s, repr(s), str(s), len(s), s.peek())
for x in s:
    print(x, end=" ")
print()
print(s.pop(), s.index(2), s.count(1), 3 in s, 9 in s, s)
s.insert(0, 7)
s.sort()
s.reverse()
print(s, sorted(s), list(reversed(s)), max(s), sum(s), tuple(s))
print(isinstance(s, list), isinstance(s, Stack), issubclass(Stack, list))
print(type(s), Stack.__mro__, Stack.__base__, Stack.__bases__)
print(Stack.__dict__.keys())
print(bool(Stack()), bool(s), f"{s}", "-".join(map(str, s)))
a, b, c, d = s
print(a, b, c, d, *s)
try:
    hash(s)
except TypeError as e:
    print(e)
del s[0]
s[0] = 'x'
s.clear()
print(s, len(s), s.__weakref__)
