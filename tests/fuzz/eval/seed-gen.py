def gen(n):
    for i in range(n):
        yield i * i
print(sum(gen(10)), [x for x in gen(5) if x % 2])
d = {i: str(i) for i in range(20)}
print(len(d), d.pop(3), sorted(set("hello")))
