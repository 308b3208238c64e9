a = 2 ** 30
xs = [a + i for i in range(20)]
