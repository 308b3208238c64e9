class Queue:
    def __init__(self): self.front, self.back = [], []
    def __iadd__(self, x): self.back.append(x); return self
    def __len__(self): return len(self.front) + len(self.back)
    def __bool__(self): return len(self) > 0
    def pop(self):
        if not self.front:
            while self.back: self.front.append(self.back.pop())
        return self.front.pop()
    def __iter__(self):
        while self: yield self.pop()
    def __repr__(self): return f"Queue(front={self.front}, back={self.back})"
q = Queue()
for i in range(5):
    q += i
print(q, len(q), q.pop(), q)
q += 9
print(list(q), bool(q), q)
class Deque(Queue):
    def __isub__(self, x):
        self.front.append(x); return self
    def __repr__(self): return "Deque" + super().__repr__()[5:]
d = Deque()
d += 1; d -= 0; d += 2
print(d, list(d))
try:
    d *= 2
except TypeError as e:
    print(e)
try:
    d = d + 1
except TypeError as e:
    print(e)
