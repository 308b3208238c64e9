# tracemalloc.get_object_traceback: which objects have a trace (start(1))
import gc
import tracemalloc


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Slotted:
    __slots__ = ("a", "b")


def where(label, obj):
    tb = tracemalloc.get_object_traceback(obj)
    if tb is None:
        print(label, "-> None")
    else:
        print(label, "-> line", tb[0].lineno, tb[0].filename == __file__, len(tb), tb.total_nframe)
    print("   traced", tracemalloc.get_traced_memory(), gc.get_count())


early_list = [1, 2, 3]
early_tuple = tuple(range(30))
print(tracemalloc.get_object_traceback(early_list))
tracemalloc.start()
where("early list", early_list)
where("early tuple", early_tuple)
fresh_list = [1, 2, 3]
where("list from the free list", fresh_list)
built = list(range(40))
where("list()", built)
where("list() items", built[35])
small = 7
where("small int", small)
where("None", None)
where("a class", Point)
p = Point(1, 2)
where("instance with a managed dict", p)
s = Slotted()
where("slotted instance", s)
d = {"a": 1}
where("dict literal", d)
d2 = dict.fromkeys(range(20))
where("dict.fromkeys", d2)
text = "-".join(str(i) for i in range(40))
where("joined str", text)
const = "abc" * 10
where("folded constant", const)
big = 10 ** 40 + len(text)
where("big int", big)
f = len(text) / 3
where("float", f)
t = tuple(built)
where("tuple of 40", t)
pair = (len(text), small)
where("pair", pair)
comp = [n * n for n in range(50)]
where("comprehension", comp)
where("comprehension item", comp[-1])
