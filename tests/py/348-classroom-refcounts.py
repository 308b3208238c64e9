# Classroom: sys.getrefcount as names, containers and a mutable default take and drop references.
import sys
class Student:
    def __init__(self, name):
        self.name = name
alice = Student("alice")
print("one name:", sys.getrefcount(alice) - 1)
roster = [alice]
print("in a list:", sys.getrefcount(alice) - 1)
by_name = {"alice": alice}
print("in a dict:", sys.getrefcount(alice) - 1)
best = alice
print("another name:", sys.getrefcount(alice) - 1)
del best
roster.remove(alice)
del by_name["alice"]
print("back to:", sys.getrefcount(alice) - 1)
def enroll(s, course=[]):
    course.append(s)
    return len(course)
enroll(alice); enroll(alice)
print("mutable default holds:", sys.getrefcount(alice) - 1)
print(sys.getrefcount(alice.name) > 1, sys.getrefcount(Student) > 1)
