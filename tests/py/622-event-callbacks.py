# A small event system: callbacks in lists; bound methods keep objects alive.
import sys, gc

class Emitter:
    def __init__(self):
        self.handlers = {}
    def on(self, name, fn):
        self.handlers.setdefault(name, []).append(fn)
    def emit(self, name, *args):
        for fn in self.handlers.get(name, []):
            fn(*args)

class Logger:
    def __init__(self, tag):
        self.tag = tag
        self.lines = []
    def log(self, msg):
        self.lines.append(f"{self.tag}: {msg}")
    def __del__(self):
        print("Logger", self.tag, "deleted")

bus = Emitter()
log = Logger("main")
print(sys.getrefcount(log))
bus.on("save", log.log)
print(sys.getrefcount(log))
bus.on("save", log.log)
print(sys.getrefcount(log))
bus.emit("save", "file.txt")
print(log.lines)
h = bus.handlers["save"]
print(h[0] == h[1], h[0] is h[1], h[0].__self__ is log)
del log
print("after del")
gone = bus.handlers["save"][0].__self__
print(gone.tag, sys.getrefcount(gone))
del gone
bus.handlers["save"].clear()
print("cleared")

class Widget:
    def __init__(self, bus):
        self.bus = bus
        bus.on("click", self.clicked)
        self.clicks = 0
    def clicked(self):
        self.clicks += 1
    def __del__(self):
        print("Widget deleted")

w = Widget(bus)
bus.emit("click")
bus.emit("click")
print(w.clicks)
del w
print("widget name gone")
print(gc.collect() >= 0)
del bus
print("bus gone")
print(gc.collect())
print("end")
