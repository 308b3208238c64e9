xs = sorted([i * 7919 % 1000 for i in range(200)])
