# Classroom: a binary tree and a linked list built and freed; __del__ on each node prints the order of
# the deallocation cascade (refcounts reaching zero, no collector needed).
import gc

class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None
    def __del__(self):
        print("free", self.key)

def insert(root, key):
    if root is None:
        return Node(key)
    if key < root.key:
        root.left = insert(root.left, key)
    else:
        root.right = insert(root.right, key)
    return root

root = None
for k in [50, 30, 70, 20, 40, 60, 80]:
    root = insert(root, k)

def inorder(n, out):
    if n is not None:
        inorder(n.left, out)
        out.append(n.key)
        inorder(n.right, out)
    return out
print(inorder(root, []))
print("drop the left subtree")
root.left = None
print("drop the root")
root = None
print("collected", gc.collect())

class Link:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt
    def __del__(self):
        print("link", self.v)
head = None
for i in range(4):
    head = Link(i, head)
print("drop the list head")
del head
print("done")
