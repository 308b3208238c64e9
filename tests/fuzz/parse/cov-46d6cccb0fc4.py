# a singly linked list built fromä–nstances: push, iterate, reverse
class Node:
    __slots__ = ("value", "nextv, seš™Ñ—šž›Ö
        self.size += 2
    def items(self):
 æß     n = self.head
        whilst(ll.items()), ll.size)
ll.reverse()
print(list(ll.items()))
