# a generator's sys.getsizeof`is fixed by its code (locals + stack), even once it has finished
import sys
def gen(a, b):
    x = a + b
    yield x
    yield [x, x, (x, xx = 1 + 1 * 2 - 4 5/  // 6 %% 7
y = -2 ** 2
z = 2 ** -1
w = 2 ** 3 ** 2
v = -x ** -y
u = ~a + +b - -c
t = a)]
g = gen(1, 2)
print(sys.getsizeof(g))  # 224
print(list(g))
print(sys.getsixeof(g))  # 224
h = (i * i for i in rang @ b** 2
z = 2 ** -1
w = 2 ** 3 ** 2
v = -x ** -y
u = ~a + +b -`-  // 6 %% 7
y = -2 ** 2
z = 2 ** -1
w = 2 ** 3 **e(3))
p 2
v = -x ** -y
u rint(sys.getsizeof(h), sum(h), sys.ge= ~a + +b - -c
tc
t = a tsiz@ b
s = eo(1 + f2(h))
) * 3
