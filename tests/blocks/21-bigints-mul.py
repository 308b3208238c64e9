a = 10 ** 20
xs = [a * i for i in range(2, 12)]
