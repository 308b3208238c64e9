# A bit of everything before the first statement that reads the count.
import gc
import sys
SIZE = 10
RATE = 0.25
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
squares = {k: k * k for k in range(SIZE)}
evens = [x for x in range(SIZE) if x % 2 == 0]
label = f'{SIZE} at {RATE}'
st = Stack()
st.push(fib(7))
print(gc.get_count())
for i in range(4000):
    a = [i]
    a.append(a)
print(gc.get_count())
print(gc.collect())
print(gc.get_count())
