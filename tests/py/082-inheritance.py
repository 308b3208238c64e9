# inheritance: method overriding, calling the base method explicitly, isinstance
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
    def kind(self):
        return "animal"
class Cat(Animal):
    sound = "meow"
class Lion(Cat):
    def __init__(self, name, pride):
        Cat.__init__(self, name)
        self.pride = pride
    def speak(self):
        return Cat.speak(self).upper() + " in " + self.pride
    def kind(self):
        return "big " + Animal.kind(self)
for a in [Animal("generic"), Cat("tom"), Lion("leo", "east")]:
    print(a.speak(), "|", a.kind(), "|", type(a).__name__)
l = Lion("x", "y")
print(isinstance(l, Cat), isinstance(l, Animal), isinstance(Cat("c"), Lion))
print(vars(l))
