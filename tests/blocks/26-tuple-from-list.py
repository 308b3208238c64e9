t = tuple([i * 1000 for i in range(25)])
