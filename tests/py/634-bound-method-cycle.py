# An object that stores its own bound method makes a cycle: only gc frees it.
import sys, gc

class Button:
    def __init__(self, label):
        self.label = label
        self.on_click = self.clicked
        self.history = []
    def clicked(self):
        self.history.append(self.label)
        return len(self.history)
    def __del__(self):
        print("Button", self.label, "freed")

gc.collect()
b = Button("ok")
print(b.on_click(), b.on_click(), b.history)
print(sys.getrefcount(b), b.on_click.__self__ is b, b.on_click.__func__ is Button.clicked)
print(gc.is_tracked(b.on_click), type(b.on_click).__name__)
del b
print("after del")
print("collected", gc.collect())
c = Button("cancel")
m = c.clicked
print(sys.getrefcount(c))
c.on_click = None
print(sys.getrefcount(c))
del c
print("c name gone, method still holds it")
print(m.__self__.label)
del m
print("after del m")
handlers = [Button(f"b{i}").clicked for i in range(3)]
print([h() for h in handlers])
handlers.pop()
print("popped one")
print("collected", gc.collect())
handlers.clear()
print("cleared")
print("collected", gc.collect())
