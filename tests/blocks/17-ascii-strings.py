xs = [str(i) * 3 for i in range(100)]
