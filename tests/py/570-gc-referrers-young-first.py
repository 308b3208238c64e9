# "Who still refers to this object?" gc.get_referrers walks the young
# generation first, then the older ones: the script's fresh containers come
# before __main__'s dict, which python3 made at startup and its young
# collections already moved to generation 1.  gc.get_referents of a
# generator lists its code, name and qualname, then its suspended frame's
# function, code and locals.
import gc

class Order:
    def __init__(self, item):
        self.item = item

order = Order("tea")
queue = [order]
index = {"tea": order}
print([type(r).__name__ for r in gc.get_referrers(order)])
del queue
print([type(r).__name__ for r in gc.get_referrers(order)])
print(gc.collect(0), [type(r).__name__ for r in gc.get_referrers(order)])
fresh = (order,)
print([type(r).__name__ for r in gc.get_referrers(order)])
print(gc.collect(), [type(r).__name__ for r in gc.get_referrers(order)])

def batches(items, size):
    batch = []
    for it in items:
        batch.append(it)
        if len(batch) == size:
            yield batch
            batch = []

gen = batches(range(7), 3)
print([type(r).__name__ for r in gc.get_referents(gen)])
print(next(gen), [type(r).__name__ for r in gc.get_referents(gen)])
print(gen.__name__ in gc.get_referents(gen), gen.gi_code in gc.get_referents(gen))
print(list(gen), [type(r).__name__ for r in gc.get_referents(gen)])
print([type(r).__name__ for r in gc.get_referrers(gen)])
squares = (n * n for n in range(3))
print([type(r).__name__ for r in gc.get_referents(squares)])
