# class bodies execute at definition time; methods see globals at call time
print("before class")
class Config:
    print("inside class body")
    debug = False
    levels = [n * 10 for n in range(3)]
    def show(self):
        return mode + " " + str(self.debug)
print("after class")
mode = "prod"
c = Config()
print(c.show(), Config.levels)
Config.debug = True
print(c.show())
c.debug = "instance"
print(c.show(), Config.debug)
