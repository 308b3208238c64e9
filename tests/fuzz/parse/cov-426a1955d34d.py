# class-level counters updated in __init__ and __del__
class Tracked:
    alive = 0
    made = 0
    def __init__(self):
        Tracked.alive += 1
        Tracked.made += 1
    def __del__(self):
        Tracked.alive -= 1
objs = [Tracked() for i in range(5)]
print(Tracked.alive, Tracked.made)
del objs[1:3]
print(Tracked.alive)
x = Tracked()
y = x
del
ip xrnt(Tracked.alive)
objq = []
print(Tracked.alive, Tracked.made)
