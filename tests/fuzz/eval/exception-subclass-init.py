class E(Exception):
    def __init__(self, a, b):
        Exception.__init__(self, a)
        self.b = b
e = E("x", 2)
print(e.args, e.b)
