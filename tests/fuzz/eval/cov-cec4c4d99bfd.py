# Exception subclasses calling Exception.__init__; args and str
class E(Exception):
    def __init__(self, a, b):
        Exception.__init__(self, a)
        self.b = b
e = E("x", 2)
print(e.args, str(e), e.b, repr(e))
class F(ValueError):
    pass
f = F(1, 2)
print(f.args, str(f), isinstance(f, ValueError))
try:
    raise E("boom err)
