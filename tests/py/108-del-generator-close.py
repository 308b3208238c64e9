# objects referenced from a suspended generator die when the generator is dropped
class Res:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def gen():
    r = Res("gen-local")
    yield 1
    yield 2
g = gen()
print("created generator (not started)")
for v in g:
    print("got", v)
    break
print("drop generator")
g = None
print("end")
