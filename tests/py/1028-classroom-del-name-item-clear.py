# Classroom: del of a name, del of a list item, and list.clear().
import sys

class Box:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("freeing box", self.n)

b = Box(1)
alias = b
print("rc:", sys.getrefcount(b))
del b
print("after del b, alias still has it:", alias.n)
del alias
print("---")
boxes = [Box(2), Box(3), Box(4)]
print("size:", sys.getsizeof(boxes))
del boxes[0]
print("after del boxes[0]:", len(boxes), sys.getsizeof(boxes))
keep = boxes[1]
boxes.clear()
print("after clear:", len(boxes), sys.getsizeof(boxes))
print("kept:", keep.n)
del keep
more = [Box(5), Box(6)]
del more[:]
print("after del more[:]:", more)
last = [Box(7), Box(8)]
last = []
print("after rebinding")
x = [1, 2, 3, 4, 5, 6, 7, 8]
del x[::2]
print(x, sys.getsizeof(x))
try:
    del undefined_name
except NameError as e:
    print("NameError:", e)
