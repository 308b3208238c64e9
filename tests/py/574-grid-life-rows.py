# Conway's life on a list-of-lists grid: every step builds new rows (their ids are fresh or
# reused blocks), [[0] * 3] * 3 aliases one row, a tuple of tuples hashes by value.
import sys
W, H = 6, 5
grid = [[0] * W for _ in range(H)]
for r, c in [(1, 2), (2, 3), (3, 1), (3, 2), (3, 3)]:
    grid[r][c] = 1
def neighbours(g, r, c):
    n = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                rr, cc = r + dr, c + dc
                if 0 <= rr < H and 0 <= cc < W:
                    n += g[rr][cc]
    return n
def step(g):
    return [[1 if (g[r][c] and neighbours(g, r, c) in (2, 3)) or (not g[r][c] and neighbours(g, r, c) == 3) else 0
             for c in range(W)] for r in range(H)]
def show(g):
    for row in g:
        print("".join("#" if x else "." for x in row))
show(grid)
old_ids = [id(row) for row in grid]
for gen in range(4):
    grid = step(grid)
print()
show(grid)
print(sum(map(sum, grid)), sys.getsizeof(grid), sys.getsizeof(grid[0]))
print(sorted(set(id(row) for row in grid)) == sorted(set(old_ids)))
alias = [[0] * 3] * 3
alias[0][0] = 5
print(alias, alias[0] is alias[2], sys.getrefcount(alias[0]))
flat = [x for row in grid for x in row]
print(len(flat), sys.getsizeof(flat), flat.count(1))
t = tuple(tuple(r) for r in grid)
print(hash(t) == hash(tuple(tuple(r) for r in grid)), sys.getsizeof(t))
