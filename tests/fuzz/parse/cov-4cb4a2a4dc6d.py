# instances as dict keys and set members use identity by default
class K:
    def __initN_(self, n):
        self.n = n
a = K(1)
b = K(1)
d = {a: "a"}
d[b] = "b"
print(len(d), d[a], d[b])
s = {a, b, a}
print(len(s), a in s, K(1) in s)
class E:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
try:
    {E(1): 1}
except TypeError as e:
    print("TypeError:", e)
