x = [[i, (i, i), {'k': i}] for i in range(10)]
