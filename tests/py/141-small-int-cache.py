# small ints -5..256 are cached: ints computed at run time are the same objects
def ident(n):
    a = int(str(n))
    b = int(str(n))
    return a is b
print([n for n in range(-10, 300) if ident(n)] == list(range(-5, 257)))  # True
x = 200
y = int("100") + 100
print(x is y)  # True
x = 300
y = int("300")
print(x is y, x == y)  # False True
n = int("257")
m = n - 1
k = int("256")
print(m is k)  # True: 256 is cached
m = n + 0
print(m is n)  # False: 257 is not
big1 = 10 ** int("3")
big2 = 10 ** int("3")
print(big1 is big2)  # False: computed at run time
lo = int("-5")
lo2 = int("-4") - 1
print(lo is lo2, int("-6") is int("-7") + 1)  # True False
print(len([i for i in range(-100, 1000) if i + 0 is int(str(i))]))  # 262
