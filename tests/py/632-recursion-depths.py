# How deep can recursion go? The depth reached before RecursionError depends
# on what sits between two Python calls (a comprehension, repr(), a class call).
import sys

depth = 0

def plain(n):
    global depth
    depth = n
    plain(n + 1)

def via_comprehension(n):
    global depth
    depth = n
    return [via_comprehension(n + 1) for _ in range(1)]

class Node:
    def __init__(self, n):
        global depth
        depth = n
        self.child = Node(n + 1)

class Shown:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        global depth
        depth = self.n
        return repr(Shown(self.n + 1))

class Lazy:
    def __init__(self, n):
        self.n = n
    @property
    def deeper(self):
        global depth
        depth = self.n
        return Lazy(self.n + 1).deeper

def via_max(n):
    global depth
    depth = n
    return max([n], key=lambda k: via_max(k + 1))

def via_generator(n):
    global depth
    depth = n
    yield from via_generator(n + 1)

for name, start in [("plain", lambda: plain(1)),
                    ("comprehension", lambda: via_comprehension(1)),
                    ("class call", lambda: Node(1)),
                    ("repr", lambda: repr(Shown(1))),
                    ("property", lambda: Lazy(1).deeper),
                    ("max key", lambda: via_max(1)),
                    ("yield from", lambda: list(via_generator(1)))]:
    depth = 0
    try:
        start()
    except RecursionError as e:
        print(name, depth, e)
