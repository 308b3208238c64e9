# References around a match: the subject is copied on the stack while the
# cases are tried and dropped after; captured items gain one reference per
# name; a **rest dict and a starred list are new objects holding the items.
import sys

subject = [object(), object(), object()]
first = subject[0]
print(sys.getrefcount(subject), sys.getrefcount(first))
match subject:
    case [a, *others]:
        print(sys.getrefcount(subject), sys.getrefcount(first), sys.getrefcount(others))
        print(sys.getrefcount(subject[1]))
del a, others
print(sys.getrefcount(subject), sys.getrefcount(first))

value = object()
mapping = {"k": value, "z": object()}
print(sys.getrefcount(value))
match mapping:
    case {"k": got, **rest}:
        print(sys.getrefcount(value), sys.getrefcount(mapping), len(rest))
        print(sys.getrefcount(mapping["z"]))
del got, rest
print(sys.getrefcount(value))

class Box:
    __match_args__ = ("content",)
    def __init__(self, content):
        self.content = content

thing = object()
box = Box(thing)
print(sys.getrefcount(box), sys.getrefcount(thing))
def peek(b):
    match b:
        case Box(inner):
            return sys.getrefcount(b), sys.getrefcount(inner)
print(peek(box))
print(sys.getrefcount(box), sys.getrefcount(thing))
