# storing a bound method on its own instance creates a cycle: instance -> method -> instance
import gc
class Btn:
    def click(self):
        return "clicked"
gc.collect()
b = Btn()
b.handler = b.click
print(b.handler())
del b
print(gc.collect())  # 2: the instance and the bound method
