bs = [bytes(n) for n in range(0, 600, 37)]
