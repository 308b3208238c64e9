# an uncaught exception inside a with block: __exit__ runs before the traceback is printed
class Guard:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__)
        return False
with Guard():
    print("inside")
    items = []
    items.pop()
