# Classroom: built-in types, functions and modules have real refcounts in 3.11
# (no immortal objects before 3.12); a class's instances each hold a reference to it.
import sys

class Pet:
    pass

print("Pet before instances:", sys.getrefcount(Pet))
pets = [Pet() for i in range(5)]
print("Pet with 5 instances:", sys.getrefcount(Pet))
del pets
print("Pet after del:", sys.getrefcount(Pet))
print("int:", sys.getrefcount(int))
print("str:", sys.getrefcount(str))
print("list:", sys.getrefcount(list))
print("object:", sys.getrefcount(object))
print("len:", sys.getrefcount(len))
print("sys module:", sys.getrefcount(sys))
kinds = [int, int, int]
print("int held by a list 3 times:", sys.getrefcount(int))
