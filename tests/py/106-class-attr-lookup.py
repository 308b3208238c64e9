# attribute lookup order: instance, class, base classes; AttributeError otherwise
class A:
    x = "A.x"
    y = "A.y"
class B(A):
    y = "B.y"
b = B()
print(b.x, b.y)
b.x = "b.x"
print(b.x, B.x, A.x)
A.z = "A.z added later"
print(b.z)
try:
    print(b.missing)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(B.missing)
except AttributeError as e:
    print("AttributeError:", e)
