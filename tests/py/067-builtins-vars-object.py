# vars(obj), obj.__dict__ and object(): attribute dictionaries
class P:
    kind = "point"
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(vars(p))
print(p.__dict__)
p.z = 3
print(vars(p), vars(p) is p.__dict__)
p.__dict__["w"] = 4
print(p.w, sorted(vars(p)))
o = object()
print(type(o).__name__, o == o, o is o, object() == object())
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
