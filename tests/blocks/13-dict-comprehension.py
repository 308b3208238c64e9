d = {i: i for i in range(20)}
