class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x); return self
    def pop(self):
        if not self: raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self): return self._items[-1]
    def __len__(self): return len(self._items)
    def __bool__(self): return bool(self._items)
    def __iter__(self): return reversed(self._items)
    def __repr__(self): return f"Stack({self._items})"
    def __lshift__(self, x): return self.push(x)
    def __contains__(self, x): return x in self._items
s = Stack()
s << 1 << 2 << 3
print(s, len(s), bool(s), list(s), 2 in s, s.peek())
while s:
    print(s.pop(), end=" ")
print()
try:
    s.pop()
except IndexError as e:
    print(type(e).__name__, e)
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in text:
        if ch in "([{": st.push(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]: return False
    return not st
for t in ["(a[b]{c})", "(]", "((", ""]:
    print(repr(t), balanced(t))
class Range2D:
    def __init__(self, w, h): self.w, self.h = w, h
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield (x, y)
    def __len__(self): return self.w * self.h
    def __contains__(self, p): return 0 <= p[0] < self.w and 0 <= p[1] < self.h
    def __getitem__(self, i):
        if not 0 <= i < len(self): raise IndexError(i)
        return (i % self.w, i // self.w)
    def __reversed__(self): return reversed(list(self))
    def __eq__(self, o): return (self.w, self.h) == (o.w, o.h)
    def __hash__(self): return hash((self.w, self.h))
r = Range2D(3, 2)
print(list(r), len(r), (2, 1) in r, (3, 0) in r, r[4], list(reversed(r))[:2], {r: 1}[Range2D(3, 2)])
print(sum(x for x, y in r), max(r), sorted(r, key=lambda p: -p[1])[0], dict.fromkeys(Range2D(1, 2)))
print(enumerate(r).__class__.__name__, r.__class__.__name__, type(r) is r.__class__)
