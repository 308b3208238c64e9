# stack and queue classes wrapping lists; exceptions on empty
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        if not self.items:
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
    s.pop()
except IndexError as e:
    print("IndexError:", e)
def balanced(text):
    st = []
    pairs = {")": "(", "]": "[", "}": "{"}
    for ch in text:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
print([balanced(t) for t in ["([]{})", "(]", "((", "", "a(b)c"]])
