# uncaught KeyError whose key is a tuple
grid = {(0, 0): "origin", (1, 0): "east"}
for key in [(0, 0), (1, 0), (0, 1)]:
    print(grid[key])
