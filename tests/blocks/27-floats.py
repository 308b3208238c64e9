xs = [i / 7 for i in range(100)]
