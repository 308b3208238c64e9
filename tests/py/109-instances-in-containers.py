# instances stored in lists and dicts; mutation visible through all references
class Cell:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Cell(" + str(self.v) + ")"
grid = [[Cell(r * 2 + c) for c in range(2)] for r in range(2)]
alias = grid[1][0]
alias.v = 99
print(grid)
index = {c.v: c for row in grid for c in row}
print(sorted(index))
index[99].v = -1
print(grid, alias)
shared = [Cell(0)] * 3
shared[0].v = 7
print(shared)
