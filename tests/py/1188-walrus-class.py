# An assignment expression inside a comprehension in a class body.
print('never')
class A:
    v = [(q := 1) for _ in range(2)]
