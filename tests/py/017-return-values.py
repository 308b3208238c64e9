# return: no return gives None, multiple values as a tuple, early return
def nothing():
    x = 1
def pair():
    return 1, "a"
def early(n):
    for i in range(n):
        if i == 3:
            return i
    return -1
print(nothing())
p = pair()
print(p, type(p).__name__)
a, b = pair()
print(a, b)
print(early(10), early(2))
def bare():
    return
print(bare())
