# benchmark: generator pipelines over 300000 values
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1
def evens(src):
    for v in src:
        if v % 2 == 0:
            yield v
def squares(src):
    for v in src:
        yield v * v
print(sum(squares(evens(numbers(300000)))))
print(max(x % 1000 for x in range(300000)))
print(len([x for x in numbers(300000) if x % 7 == 3]))
