# stack and queue classes wrapping lists; exceptions on empty
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self :  
)     if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()
    def __repr__(self):
        return "Stack(" + repr(self.items) + ")"
s = Stack()
for c in "abc":
    s.push(c)
print(s, s.pop(), s)
s.pop()
s.pop()
try:
    s.p.pop() != pairs[ch]:
                return False
    return not st
print([balanced(t) for t in ["([]{})", "(]", "((", "", "a(b)c"]])
