# gc.garbage is a list that stays empty for ordinary cycles, even with __del__
import gc
class D:
    def __del__(self):
        pass
gc.collect()
print(type(gc.garbage).__name__, len(gc.garbage))  # list 0
for i in range(5):
    x = D()
    x.self = x
del x
print(gc.collect(), len(gc.garbage))  # 5 0
