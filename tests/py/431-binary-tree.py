# A binary search tree: insert, walk, height, and what the memory looks like.
import sys
import gc

class Tree:
    __slots__ = ("key", "left", "right")
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

class TreeD:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

def insert(root, key, cls):
    if root is None:
        return cls(key)
    if key < root.key:
        root.left = insert(root.left, key, cls)
    else:
        root.right = insert(root.right, key, cls)
    return root

def inorder(node, out):
    if node:
        inorder(node.left, out)
        out.append(node.key)
        inorder(node.right, out)
    return out

def height(node):
    if node is None:
        return 0
    return 1 + max(height(node.left), height(node.right))

def count(node):
    return 0 if node is None else 1 + count(node.left) + count(node.right)

keys = [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]
root = None
droot = None
for k in keys:
    root = insert(root, k, Tree)
    droot = insert(droot, k, TreeD)
print(inorder(root, []))
print("height", height(root), "nodes", count(root))
print("slots node", sys.getsizeof(root), "dict node", sys.getsizeof(droot), "+ dict", sys.getsizeof(droot.__dict__))
print("per tree:", count(root) * sys.getsizeof(root), count(droot) * (sys.getsizeof(droot) + sys.getsizeof(droot.__dict__)))
print(gc.is_tracked(root), gc.is_tracked(droot), gc.is_tracked(droot.__dict__))
print(sys.getrefcount(root), sys.getrefcount(root.left))
hasattr_dict = hasattr(root, "__dict__")
print("slots has __dict__:", hasattr_dict)
try:
    root.colour = "red"
except AttributeError as e:
    print("AttributeError:", e)
print(gc.collect())
root = droot = None
print(gc.collect())
