# a class object is part of reference cycles (its __mro__, __dict__ descriptors...)
import gc
gc.collect()
class Temp:
    pass
del Temp
print(gc.collect())  # 6
class WithMethod:
    def m(self):
        return 1
del WithMethod
print(gc.collect())
