# chained generators form a pipeline; values flow one at a time
def numbers(n):
    for i in range(n):
        print("produce", i)
        yield i
def squares(src):
    for x in src:
        yield x * x
def take_while_small(src, limit):
    for x in src:
        if x > limit:
            return
        yield x
print(list(take_while_small(squares(numbers(10)), 10)))
total = 0
for v in squares(range(1, 101)):
    total += v
print(total)
