# isinstance/issubclass with a tuple: each nested tuple is a recursion level
# (object_recursive_isinstance, object_issubclass: _Py_EnterRecursiveCall);
# an empty tuple is False for issubclass whatever arg 1 is.
t = int
for i in range(1200):
    t = (t,)
for x in (3, "s"):
    try:
        print(isinstance(x, t))
    except RecursionError as e:
        print("isinstance", e)
    try:
        print(issubclass(type(x), t))
    except RecursionError as e:
        print("issubclass", e)
print(isinstance(3, ((((int,),),),)), issubclass(bool, ((((int,),),),)))
print(issubclass(3, ()))
def f(n):
    if n:
        return f(n - 1)
    u = int
    for i in range(990):
        u = (u,)
    try:
        return isinstance(1.5, u)
    except RecursionError as e:
        return str(e)
print(f(0), f(5), f(20))
