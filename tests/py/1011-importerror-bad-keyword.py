# ImportError keywords: the first key ImportError_init does not know fails,
# whatever the values of name and path.
try:
    ImportError("x", name=None, bogus=None)
except TypeError as e:
    print(e)
try:
    ImportError("x", path="p", name="n", other=1)
except TypeError as e:
    print(e)
e = ImportError("x", path=None, name="m")
print(e.name, e.path, e.msg)
