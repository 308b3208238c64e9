# Objects alive at the end of a script, some in cycles, some only named:
# the order their __del__ runs in when the interpreter finalizes.
class Node:
    def __init__(self, label):
        self.label = label
        self.other = None
    def __del__(self):
        print("del", self.label)

a = Node("a")
b = Node("b")
a.other = b
b.other = a
c = Node("c")
d = Node("d")
d.other = d
e = Node("e")
e.other = Node("e's child")
print("end of script")
