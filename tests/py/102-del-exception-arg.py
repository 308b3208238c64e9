# __del__ and exceptions: object kept alive by the exception variable until except ends
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class Err(Exception):
    pass
def f():
    d = D("in-f")
    raise Err(d)
try:
    f()
except Err as e:
    print("caught, payload", e.args[0].n)
print("after except")
try:
    raise ValueError(D("arg"))
except ValueError:
    print("handler without name")
print("end")
