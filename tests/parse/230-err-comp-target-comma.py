x = [i for i y]
