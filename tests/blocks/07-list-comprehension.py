x = [i * 1000 for i in range(50)]
