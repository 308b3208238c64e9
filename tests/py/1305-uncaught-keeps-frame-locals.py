# An uncaught exception is kept as sys.last_type, last_value and
# last_traceback by PyErr_Print, so the frames of its traceback, and the
# objects their locals hold (the half-built instance of a failing
# __init__), live until finalization clears sys.last_* (after the final
# collection and builtins._): a cycle's finalizers run first.
class Temp:
    def __init__(self, name, size):
        self.name = name
        self.size = size + self.offset      # AttributeError: no offset

    def __del__(self):
        print("del Temp", self.name)


class Node:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del Node", self.tag)


a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
del a, b
print("building")
t = Temp("scratch", 10)
print("never here")
