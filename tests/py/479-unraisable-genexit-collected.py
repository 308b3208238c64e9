# A stubborn generator (it yields after GeneratorExit) in a reference cycle is
# finalized by the collector: the report's traceback names the frame that
# was running when the collection happened (gc.collect()'s line, in a function
# its frame, or wherever an allocation crossed the threshold), the frame of a
# comprehension or a class body, and a generator whose finally raises keeps
# its own traceback instead.
import gc


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


def started():
    g = stubborn()
    next(g)
    return g


class Node:
    pass


def cycle():
    n = Node()
    n.me = n
    n.gen = started()


cycle()
print("collected", gc.collect())


def collect_here():
    cycle()
    return gc.collect()


print("in a function", collect_here(), gc.get_count())
flags = [started() and i for i in range(2)]


class Body:
    kept = started()
    kept = None


def raising():
    try:
        yield 1
    finally:
        raise ValueError("in finally")


def nested():
    r = raising()
    next(r)
    r = None
    return 1


print("nested", nested())
for i in range(3):
    cycle()
fill = []
for i in range(1500):
    fill.append([i])
print("threshold", len(fill), gc.get_count())
