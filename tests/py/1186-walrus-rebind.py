# An assignment expression may not rebind a comprehension's iteration
# variable: python3's SyntaxError, before anything runs.
print('never')
print([i := 0 for i in range(3)])
