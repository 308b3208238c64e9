# objects only referenced from garbage with __del__ are finalized after their owner's cycle
import gc
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("release", self.name)
gc.collect()
owner = Res("owner")
owner.me = owner
owner.child = Res("child")
owner.items = [Res("item1"), Res("item2")]
del owner
print("collect")
print(gc.collect())  # 5: owner, child, the items list and both items
print("after")
