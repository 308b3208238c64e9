# type.__new__(M, ...) through a metaclass names a None argument "None" as
# PyArg_ParseTuple's _PyArg_BadArgument does (the check is type()'s own).
class M(type): pass
try:
    type.__new__(M, None, (), {})
except TypeError as e:
    print(e)
try:
    type.__new__(M, 'X', None, {})
except TypeError as e:
    print(e)
