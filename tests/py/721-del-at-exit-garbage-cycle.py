# A cycle already unreachable when the script ends is found by the first
# collection at exit, before __main__ is released.
class Node:
    def __init__(self, label):
        self.label = label
        self.peer = None
    def __del__(self):
        print("del", self.label, "peer", self.peer.label if self.peer else None)

kept = Node("kept")
p = Node("p")
q = Node("q")
p.peer = q
q.peer = p
p = q = None
tail = Node("tail")
tail.peer = kept
print("end of script")
