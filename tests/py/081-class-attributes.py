# class attributes versus instance attributes, shadowing, shared mutable class attribute
class Dog:
    species = "canis"
    tricks = []
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def add_trick(self, t):
        self.tricks.append(t)
a = Dog("rex")
b = Dog("fido")
print(a.species, b.species, Dog.species, Dog.count)
a.species = "wolf"
print(a.species, b.species, Dog.species)
a.add_trick("roll")
b.add_trick("sit")
print(Dog.tricks, a.tricks is b.tricks)
print(vars(a), vars(b))
del a.species
print(a.species)
