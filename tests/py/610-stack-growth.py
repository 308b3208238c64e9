# A stack and a queue on lists: getsizeof as they grow and shrink; pop(0) vs pop().
import sys

class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()
    def size(self):
        return sys.getsizeof(self.items)

class Queue:
    def __init__(self):
        self.items = []
    def put(self, x):
        self.items.append(x)
    def get(self):
        return self.items.pop(0)

s = Stack()
steps = []
for i in range(40):
    s.push(i * 1000)
    steps.append(s.size())
print(steps)
down = []
while s.items:
    s.pop()
    down.append(s.size())
print(down)
q = Queue()
for word in "the quick brown fox jumps over the lazy dog".split():
    q.put(word)
print(sys.getsizeof(q.items), len(q.items))
out = []
sizes = []
while q.items:
    out.append(q.get())
    sizes.append(sys.getsizeof(q.items))
print(out)
print(sizes)
first = q.items
q.items.extend(range(10))
print(first is q.items, sys.getsizeof(q.items))
del q.items[:8]
print(sys.getsizeof(q.items), q.items)
q.items.clear()
print(sys.getsizeof(q.items))
big = [0] * 100
print(sys.getsizeof(big))
big.pop()
print(sys.getsizeof(big))
for _ in range(50):
    big.pop()
print(sys.getsizeof(big), len(big))
