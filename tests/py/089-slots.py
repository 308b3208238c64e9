# __slots__: attribute restrictions, no __dict__, default-less slots
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x)
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
p.y = 2
print(p.x + p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(p.__dict__)
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    print(p.x)
except AttributeError as e:
    print("AttributeError:", e)
print(P.__slots__)
