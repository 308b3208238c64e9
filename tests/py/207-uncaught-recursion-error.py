# unbounded recursion: RecursionError after about 1000 frames
def down(n):
    return down(n + 1) + 1
print("start")
down(0)
