# A collection partway through the first `import gc`: the frees after it stop at 0
x = [set() for i in range(655)]
import gc
print(gc.get_count(), len(x))
y = [set() for i in range(30)]
print(gc.get_count())
