# LEGB scoping: local shadows global, UnboundLocalError, loop variable leaks
x = "global"
def f():
    x = "local"
    return x
def g():
    return x
print(f(), g(), x)
def h():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1
h()
for i in range(3):
    pass
print("loop variable after loop:", i)
print([j for j in range(3)])
try:
    print(j)
except NameError as e:
    print("NameError:", e)
