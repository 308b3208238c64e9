# Sorting objects with key functions, stability, and sort in place vs sorted().
import sys

class Student:
    def __init__(self, name, grade, age):
        self.name = name
        self.grade = grade
        self.age = age
    def __repr__(self):
        return f"{self.name}({self.grade},{self.age})"

people = [Student("ann", 90, 20), Student("bob", 85, 22), Student("cid", 90, 19),
          Student("dee", 70, 22), Student("eve", 85, 20)]
by_grade = sorted(people, key=lambda s: s.grade)
print(by_grade)
print(sorted(people, key=lambda s: (-s.grade, s.name)))
print(sorted(people, key=lambda s: s.age, reverse=True))
print(by_grade[0] is people[3], by_grade is people)
before = id(people)
people.sort(key=lambda s: s.name, reverse=True)
print(id(people) == before, people)
print(sys.getrefcount(people[0]))
print(min(people, key=lambda s: s.age), max(people, key=lambda s: (s.grade, s.age)))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
pairs.sort()
print(pairs)
nums = [5, 3, 8, 1, 9, 2]
s = sorted(nums)
print(s, nums, sys.getsizeof(s), sys.getsizeof(nums))
nums.sort()
print(sys.getsizeof(nums))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
