# IndentationError: expected an indented block after an if statement
x = 3
if x > 2:
print("big")
