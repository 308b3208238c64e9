# __del__ for objects still alive when the script ends (module teardown)
class Last:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
x = Last("x")
y = Last("y")
items = [Last("i1"), Last("i2")]
print("script body done")
