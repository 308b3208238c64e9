# gc.get_threshold, set_threshold, isenabled, disable, enable
import gc
print(gc.get_threshold())  # (700, 10, 10)
print(gc.isenabled())  # True
gc.disable()
print(gc.isenabled())  # False
gc.enable()
print(gc.isenabled())  # True
gc.set_threshold(100, 5, 5)
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())  # only the first threshold changes
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
print(type(gc.get_count()).__name__, len(gc.get_count()))
