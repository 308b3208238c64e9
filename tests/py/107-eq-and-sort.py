# sorting user objects with key functions; equality of lists of objects uses __eq__
class Emp:
    def __init__(self, name, salary):
        self.name = name
        self.salary = salary
    def __repr__(self):
        return self.name
    def __eq__(self, other):
        return self.salary == other.salary
def by_salary(e):
    return e.salary
def by_name(e):
    return e.name
staff = [Emp("cy", 300), Emp("al", 100), Emp("bo", 300), Emp("di", 200)]
print(sorted(staff, key=by_salary))
print(sorted(staff, key=by_name))
print(max(staff, key=by_salary), min(staff, key=by_salary))
print([Emp("x", 1)] == [Emp("y", 1)], staff[0] == staff[2])
