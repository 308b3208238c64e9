# Classroom: a singly linked list built, walked, reversed in place and dropped (refcounts, sizes, gc tracking).
import sys, gc
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
    def __repr__(self):
        return f"Node({self.value})"

head = None
for i in range(5):
    head = Node(i, head)

def walk(n):
    out = []
    while n is not None:
        out.append(n.value)
        n = n.next
    return out

print(walk(head))
print(sys.getrefcount(head))
second = head.next
print(sys.getrefcount(second))
print(sys.getsizeof(head), sys.getsizeof(head.__dict__))
print(gc.is_tracked(head), gc.is_tracked(head.value))
del second
# reverse in place
prev = None
cur = head
while cur:
    nxt = cur.next
    cur.next = prev
    prev = cur
    cur = nxt
head = prev
print(walk(head))
print(head, head.next)
head = None
print(gc.collect())
