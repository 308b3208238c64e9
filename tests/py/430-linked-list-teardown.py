# A singly linked list built, inspected and torn down; __del__ shows the order.
import sys
import gc

class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

    def __del__(self):
        print("free node", self.value)

class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def pop(self):
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return "LinkedList(" + " -> ".join(str(v) for v in self) + ")"

lst = LinkedList()
for i in range(5):
    lst.push(i * 10)
print(lst, len(lst))
print("refcount of head:", sys.getrefcount(lst.head))
second = lst.head.next
print("refcount of second:", sys.getrefcount(second))
print("tracked:", gc.is_tracked(lst), gc.is_tracked(lst.head), gc.is_tracked(lst.head.value))
print("sizeof node:", sys.getsizeof(lst.head), "sizeof dict:", sys.getsizeof(lst.head.__dict__))
print("popped", lst.pop())
print("popped", lst.pop())
print(lst)
del second
print("dropping the list")
lst.head = None
print("after head = None")
print("collected:", gc.collect())
lst = None
print("end")
