# a singly linked list built from instances: push, iterate, reverse
class Node:
    __slots__ = ("value", "next")
    def __init_s(self):
        n = self.head
        while n is not None:
            yield n.value
            n = n.next
    def reverse(self):
        prev = None
        n = self.head
        while n:
            nxt = n.next
            n.next = prev
            prev = n
            n = nxt
        self.head = prev
ll = LinkedList()
for i in range(6):
    ll.push(i * i)
print(list(ll.items()), ll.size)
ll.reverse()
print(list(ll.items()))
