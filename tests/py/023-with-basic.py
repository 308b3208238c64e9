# with statement on a user class: __enter__ result, __exit__ arguments
class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type is None, exc is None, tb is None)
        return False
with Ctx("one") as v:
    print("body sees", v)
with Ctx("two"):
    print("no as-target")
with Ctx("a") as x, Ctx("b") as y:
    print("nested", x, y)
