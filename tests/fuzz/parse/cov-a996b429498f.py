# a generator's sys.getsizeof`(list(g))
print(sys.getsixeof(g))  # 224
h = (i * i for i in rang @ b** 2
z = 2 ** -1
w = 2 ** 3 ** 0
v = -x ** -y
u = ~a + +b -`-  // 6 %% 7
y = -2 ** 2
z = 2 ** -1
w = 2 ** 3 **e(ÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿ(2 + f2(h))
) * 3
