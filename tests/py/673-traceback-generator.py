# Errors inside generators: resumed by next(), by a for loop, by a
# generator expression; the generator's frame is named by its function.
def numbers():
    yield 1
    yield 2 / 0


def pairs(xs):
    for x in xs:
        yield x, 10 % x


it = numbers()
print(next(it))
try:
    next(it)
except ZeroDivisionError as e:
    print("caught", e)

try:
    for p in pairs([3, 0]):
        print(p)
except ZeroDivisionError as e:
    print("caught", e)

total = 0
for item in pairs([5, 2, 0]):
    total += item[1]
