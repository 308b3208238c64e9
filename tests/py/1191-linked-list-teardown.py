# A singly linked list built, inspected and torn down.
import sys, gc

class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

    def __repr__(self):
        return f"Node({self.value!r})"

def build(n):
    head = None
    for i in reversed(range(n)):
        head = Node(i, head)
    return head

head = build(5)
node = head
while node is not None:
    print(node, sys.getrefcount(node))
    node = node.next
second = head.next
print("refs to second:", sys.getrefcount(second))
head.next = None
print("refs to second after unlink:", sys.getrefcount(second))
del second
print("collected:", gc.collect())
# Make a cycle: the tail points back at the head.
head = build(4)
tail = head
while tail.next:
    tail = tail.next
tail.next = head
del head, tail, node
print("cycle collected:", gc.collect())
