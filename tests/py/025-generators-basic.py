# generator functions: lazy execution, for loops, list(), exhaustion
def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("finished")
g = count_up(3)
print(type(g).__name__)
for v in g:
    print("got", v)
print(list(g))
print(list(count_up(2)))
print(sum(count_up(5)))
def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i
print(list(evens(11)))
