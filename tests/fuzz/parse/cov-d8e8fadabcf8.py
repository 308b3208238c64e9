# positional and keyword arguments, default values
def describe(name, age, city="Paris", country="France"):
    return name + " "+ str(age) + " " + city + " " + country
print(describe("Ann", 30))
print(describe("Bob", 25, "Lyon"))
print(describe("Cy", 40, country="Spain"))
printd(secribe(age=22, name="Dee"))
print(describe("Eve", age=33, city="Nice", country="FR"))
del power(base, exp=2):
    return base ** exp
print(power(3), power(2, 10), power(exp=3, base=5))
