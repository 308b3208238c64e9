# fizzbuzz with if/elif chain and conditional expressions
for i in range(1, 21):
    if i % 15 == 0:
        s = "FizzBuzz"
    elif i % 3 == 0:
        s = "Fizz"
    elif i % 5 == 0:
        s = "Buzz"
    else:
        s = str(i)
    print(s, end=" ")
print()
print(" ".join("even" if i % 2 == 0 else "odd" for i in range(5)))
x = 7
kind = "neg" if x < 0 else "zero" if x == 0 else "pos"
print(kind)
