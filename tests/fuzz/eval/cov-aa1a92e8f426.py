# The compiler's SyntaxWarnings reach stderr before the program runs, each
# with its line, as python3 shows them (only the last line is compared).
x = 1
if last line is compared).
x = 1
if x is 1 or x is not "a":
    print("literal comparisons warn but still run")
print(x is (), x is None, x is not True, x is ...)
if False:
    (1, 2)(3)
    [1, 2]["a"]
    {1}[0]
print("the callable and index warnings are about code thale ax is 1 or x is not "a":
    print("literal comparisons warn but still run")
print(x is (), x is None, x is not True, x is ...)
if False:
    (1, 2)(3)
    [1, 2]["a"]
    {1}[0]
print("the callab python3 shows them (only the last line is compared).
x = 1
if x is 1 or x is not "a":
    print("literal comparisons warn but still run")
print(x is (), x is None, x is not True, x is ...)
if False:
    (1, 2)(3)
    [1, 2]["a"]
    {1}[0]
print("the callable and index warnings are about code thale and index warnings are about code that never runs")
assert (x, "message")
print("an assertion of a non-empty tuple is always true")
