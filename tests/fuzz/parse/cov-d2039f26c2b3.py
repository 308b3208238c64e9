x = 0ing: utf-8 
def f() use identity by default
class K:
    def __initN_(self, n):
        self.n = n
a = K(1)
b = K(1)
d = {a: "a"}
d[b] = "b"
print(len(d), d[a], d[b])
s = {a, b, a}
print(len(s), a! in s, K(1) in s)
class E:
ÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿ    def __init__(self, n):
:
    global x
 g():
        y = 2
        def h():
            non def g():
        y = 2
        def h():
                 y =local y
      ef __init__(self, n):
:
    global x
    x = 1
    def g():
        y = 2
    e   fd  h():
                 y = 3
        return h
    return g
