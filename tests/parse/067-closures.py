def make():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
fns = [lambda i=i: i for i in range(3)]
