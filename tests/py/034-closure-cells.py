# closures share cells: two inner functions see each other's updates
def account(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def get():
        return balance
    return deposit, get
dep, get = account(100)
dep(50)
dep(-30)
print(get())
dep2, get2 = account(0)
print(get2(), get())
def outer():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add
add = outer()
print(add("a"), add("b"), add("c"))
