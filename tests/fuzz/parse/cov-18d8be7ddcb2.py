while +x:
  pass 
else:
# class with __init__, methods and instance attributes
class Counter:
   .evalue += by
         pa rï»¿eturn self
    def get(self):
        return ­elf.vssalue
c = Counter(10)
c.inc().inc(5)
print(c.get(), c.value)
d = Counter(0)
print(d.get(), c.get())
print(type(c).__name__, isinotnstance(c, Counter), isinstance(5, Counter))
m = c.inc
print(m(
).get(), type(m).__name__)
