def f(items):
    total = [0]
    for x in items:
        try:
            total[0] += 10 // x
        except ZeroDivisionError:
            total.append(x)
    return total
r = f([1, 0, 2, 0, 5])
