# __del__ runs as soon as the last reference disappears
class Noisy:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("delete", self.name)
a = Noisy("a")
b = a
print("del a")
del a
print("del b")
del b
print("rebind")
x = Noisy("x1")
x = Noisy("x2")
print("end of script")
