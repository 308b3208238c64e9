# generators: try/finally inside, early break closes the generator
def resource():
    print("open")
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("cleanup")
for v in resource():
    print("value", v)
    if v == 2:
        break
print("after loop")
print(list(resource()))
