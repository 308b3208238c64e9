import gc
print(gc.get_count())
global x
x = 1
def m():
    c = 0
    def b(by=1):
        nonlocal c
        global d
        nonlocal c
    def q(y=2):
        global e, f
        nonlocal c
        c += 1
        return c
    return q
def b():
    global d
    global g
print(m()(), b(), gc.get_count())
