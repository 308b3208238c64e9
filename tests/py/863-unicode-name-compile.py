import gc
print(gc.get_count())
def dash(a, b):
    return f"{a} \N{EN DASH} {b}"
print(dash(1, 2), gc.get_count())
print("no sequence")
