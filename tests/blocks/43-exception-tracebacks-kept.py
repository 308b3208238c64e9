def inner(n):
    if n == 0:
        raise ValueError(n)
    return inner(n - 1)
kept = []
for i in range(3):
    try:
        inner(i)
    except ValueError as e:
        kept.append(e)
