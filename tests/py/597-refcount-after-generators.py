# Reference counts after generators run, stop early, are dropped or are
# collected in a cycle (the off-by-ones once seen on 'Res' and 'box' were
# the parser's references to the identifiers, now counted as python3's).
import gc, sys

class Res:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n, sys.getrefcount(Res))

def gen(box):
    r = Res("local")
    yield 1
    yield len(box)

box = [Res("boxed")]
g = gen(box)
for v in g:
    print("got", v, sys.getrefcount(box), sys.getrefcount(g))
    break
print(sys.getrefcount(box), sys.getrefcount(Res), sys.getrefcount(gen))
g = None
print(sys.getrefcount(box), sys.getrefcount(Res), sys.getrefcount(gen))
box.append(gen(box))
items = [x for x in box[1]]
print(sys.getrefcount(box), sys.getrefcount(Res), items)
box.append(box)
del box
print(gc.collect(), sys.getrefcount(Res))
print(sys.getrefcount('Res'), sys.getrefcount('box'), sys.getrefcount('gen'))
