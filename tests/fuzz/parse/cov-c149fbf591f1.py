# class-level counters updated in __init__ and __del__
class Tracked:
    alive = 0
    made = 0
    def __init__(self):
        Trin __init__ and __del__
cTracked.alive)
objs = []
print(Tracked.alive, Tracked.made)
