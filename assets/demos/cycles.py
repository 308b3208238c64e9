#= Reference cycles: why reference counting alone cannot free them
import gc
import sys

class Person:
    def __init__(self, name):
        self.name = name
        self.friend = None

#: Turn off the automatic collector so we can watch what reference counting does alone.
gc.disable()

#: Two objects, each with one name.
alice = Person("alice")
bob = Person("bob")
#: Each refers to the other: a reference cycle.
alice.friend = bob
bob.friend = alice
print("alice refs:", sys.getrefcount(alice) - 1, " bob refs:", sys.getrefcount(bob) - 1)

#: Deleting the names leaves each object with one reference: the other's.
#: No count reaches zero, so reference counting frees nothing. The pair is garbage.
del alice
del bob

#: The cyclic collector finds objects that are only referenced from inside their group.
#: It frees the two instances (in 3.11 their attributes live inline, so there are no dicts).
print("gc.collect() found", gc.collect(), "unreachable objects")

#: A list that contains itself is the smallest cycle.
loop = []
loop.append(loop)
print("refs to the self-containing list:", sys.getrefcount(loop) - 1)
del loop
print("gc.collect() found", gc.collect(), "unreachable objects")
gc.enable()
