# Classroom: a suspended generator's frame keeps its locals alive until it is closed, exhausted or dropped;
# try/finally in a generator, GeneratorExit, a generator delegating over a list.
import sys, gc

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("release", self.name)

def reader(name):
    res = Resource(name)
    try:
        for i in range(3):
            yield i
    finally:
        print("finally in", name)

g = reader("a")
print(next(g))
print(g.gi_frame is not None, g.gi_running)
print(sorted(g.gi_frame.f_locals))
g.close()
print("closed:", g.gi_frame)
g2 = reader("b")
print(next(g2), next(g2))
del g2
print("dropped b")
g3 = reader("c")
print(list(g3))
print("exhausted c")
g4 = reader("d")
print("never started d:", g4.gi_frame is not None)
del g4
print("dropped d")

def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = catcher()
next(c)
c.close()
print(sys.getsizeof(c))
data = [1] * 100
def over(d):
    yield from d
o = over(data)
print(sys.getrefcount(data))
next(o)
print(sys.getrefcount(data))
del o
print(sys.getrefcount(data))
gc.collect()
