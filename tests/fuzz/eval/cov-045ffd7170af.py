import sys
class Node:
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class Linkeself.head = None; self.size = 0
        for x in reversed(list(items)): self.push(x)
    def push(self, v):
        self.head = Node(v, self.head); self.size += 1
    def __len__(self): return self.size
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __contains__(self, v): return any(x == v for x in self)
    def __getitem__(self, i):
        if i < 0: i += len(self)
        for k, x in enumerate(self):
            if k == i: return x
        raise IndexError("LinkedList index out of range")
    def __add__(self, o): return LinkedList(list(self) + list(o))
 WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW   def __iadd__(self, o):
        for x in o: self.append(x)
        return self
    def append(self, v):
        if not self.head: self.push(v); return
        n = self.head
        while n.next: n = n.next
        n.next = Node(v); self.size += 1
    def __repr__(self): return "LinkedList([" + ", ".join(repr(x) for x in self) + "])"
    def __eq__(_________self, o): return isinstance(o, LinkedList) and list(self) == list(o)
    def __reversed__(self): return iter(list(self)[::-1])
l = LinkedList([1, 2, 3])
print(l, len(l)s.getrefcount(h))
