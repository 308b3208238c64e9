# closures capture variables, not values; late binding in loops
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1))
funcs = []
for i in range(3):
    def f():
        return i
    funcs.append(f)
print([g() for g in funcs])
def bind(i):
    def f():
        return i
    return f
funcs = [bind(i) for i in range(3)]
print([g() for g in funcs])
