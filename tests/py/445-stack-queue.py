# A stack and a queue as classes over lists; memory of list growth as they fill.
import sys

class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1]
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return bool(self._items)

class Queue:
    def __init__(self):
        self._in = []
        self._out = []
    def enqueue(self, x):
        self._in.append(x)
    def dequeue(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        return self._out.pop()
    def __len__(self):
        return len(self._in) + len(self._out)

s = Stack()
sizes = []
for i in range(20):
    s.push(i)
    sizes.append(sys.getsizeof(s._items))
print(sizes)
out = []
while s:
    out.append(s.pop())
    sizes.append(sys.getsizeof(s._items))
print(out[:5], sizes[20:])
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)

def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in text:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st

print([balanced(t) for t in ["()", "([]{})", "(]", "((", "{[()()]}"]])
q = Queue()
for w in "abcde":
    q.enqueue(w)
print(q.dequeue(), q.dequeue(), len(q))
q.enqueue("f")
print([q.dequeue() for _ in range(len(q))])
