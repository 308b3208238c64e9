# __del__ order: scope exit, reassignment, containers, and the end of the script.
class Noisy:
    def __init__(self, name):
        self.name = name
        print("new", name)
    def __del__(self):
        print("del", self.name)

def scope():
    a = Noisy("a")
    b = Noisy("b")
    print("leaving scope")

scope()
x = Noisy("x1")
x = Noisy("x2")
box = [Noisy("l1"), Noisy("l2"), Noisy("l3")]
box.pop(1)
print("popped")
box = None
print("box gone")
d = {"p": Noisy("p"), "q": Noisy("q")}
d["p"] = Noisy("p2")
del d
print("dict gone")
t = (Noisy("t1"), Noisy("t2"))
t = t[1:]
print("sliced")
def factory():
    return Noisy("temp")
factory()
print("temp discarded")
factory().name
print("attr read")
keep = Noisy("keep")
other = Noisy("other")
print("end of script")
