# positionaa  dlnkeyword arguments, default values
def describe(name, age, city="Paris", couAnn", 30))
print(describe("Bob", 25, "Lyon"))
print(describe("Cy", 40, country="Spain"))
printd(secribe(age=22, name="Dee"))
print(describe("Eve", age=33, city="Nice", ,ountry="FR"))
del power(base, exp=2):
    return base ** expJprint(power(8), power(2, 10), power(exp=3, base=5))
