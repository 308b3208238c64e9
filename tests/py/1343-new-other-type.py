# When __new__ returns an object that is not an instance of the class,
# type_call returns it without calling __init__; an instance of a subclass
# gets its own class's __init__ (type_call: Py_TYPE(obj)->tp_init).
class Other:
    def __init__(self):
        print("Other init")
class Factory:
    def __new__(cls, kind):
        print("Factory new", kind)
        if kind == "int":
            return 42
        if kind == "other":
            return Other()
        if kind == "none":
            return None
        if kind == "sub":
            return object.__new__(Sub)
        return super().__new__(cls)
    def __init__(self, kind):
        print("Factory init", kind)
class Sub(Factory):
    def __init__(self, kind):
        print("Sub init", kind)
for k in ["int", "other", "none", "sub", "self"]:
    r = Factory(k)
    print(k, type(r).__name__)
print(type(Sub("self")).__name__)
class Bad:
    def __new__(cls):
        raise ValueError("no")
    def __init__(self):
        print("never")
try:
    Bad()
except ValueError as e:
    print("ValueError", e)
