# __del__ order when containers are freed: lists free items last to first
class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
items = [N(1), N(2), N(3)]
print("dropping list")
items = None
t = (N("t1"), N("t2"))
print("dropping tuple")
del t
d = {"a": N("da"), "b": N("db")}
print("dropping dict")
d = 0
l = [N("p1"), N("p2")]
print("popping")
l.pop(0)
print("clearing")
l.clear()
print("done")
